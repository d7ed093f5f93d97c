import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { ResolvedEntry } from "../../../contracts/catalog.ts";
import type { ReportTypeId } from "../../../contracts/report-types.ts";
import { DuplicateReportAnswer } from "../../../contracts/reports.ts";
import { getParsed, withQuery } from "../../api/http.ts";

const httpLink = z.url({ protocol: /^https?$/ });

/** A link worth asking about: a whole http(s) link, not half of one being typed. */
export const isWholeLink = (url: string) => httpLink.safeParse(url.trim()).success;

/** The listing or store a pasted link leads to (404/400 carry the reason on the field `url`). */
export function useResolvedTarget(url: string) {
  const link = url.trim();
  return useQuery({
    queryKey: ["catalog", "resolve", link],
    queryFn: ({ signal }) =>
      getParsed(withQuery("/api/v1/catalog/resolve", { url: link }), ResolvedEntry, signal),
    enabled: isWholeLink(link),
    staleTime: 60_000,
  });
}

/** The signed-in reporter's own open report of the same thing with the same type, if any. */
export function useDuplicateReport(type: ReportTypeId, url: string, signedIn: boolean) {
  const link = url.trim();
  return useQuery({
    queryKey: ["my-reports", "duplicate", type, link],
    queryFn: ({ signal }) =>
      getParsed(withQuery("/api/v1/me/duplicate-report", { type, link }), DuplicateReportAnswer, signal),
    enabled: signedIn && isWholeLink(link),
    staleTime: 30_000,
    retry: false,
  });
}
