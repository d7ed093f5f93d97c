import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { ResolvedEntry } from "../../../contracts/catalog.ts";
import type { ReportTypeId } from "../../../contracts/report-types.ts";
import { ApiError, getParsed, withQuery } from "../../api/http.ts";

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
    // A 4xx is the answer (the link leads nowhere); only faults are worth another try.
    retry: (count, error) =>
      !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
  });
}

export const DuplicateAnswer = z.object({
  duplicate: z.object({ id: z.string(), reference: z.string(), url: z.string() }).nullable(),
});

/** The signed-in reporter's own open report of the same thing with the same type, if any. */
export function useDuplicateReport(type: ReportTypeId, url: string, signedIn: boolean) {
  const link = url.trim();
  return useQuery({
    queryKey: ["my-reports", "duplicate", type, link],
    queryFn: ({ signal }) =>
      getParsed(withQuery("/api/v1/me/duplicate-report", { type, link }), DuplicateAnswer, signal),
    enabled: signedIn && isWholeLink(link),
    staleTime: 30_000,
    retry: false,
  });
}
