import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { pageOf } from "../../../contracts/common.ts";
import { ReportDetail, ReportSummary } from "../../../contracts/reports.ts";
import { getParsed, requestJson, withQuery } from "../../api/http.ts";
import { postWithEvidence, type TextWithEvidence } from "../../api/upload.ts";

const SummaryPage = pageOf(ReportSummary);

const reportPath = (id: string) => `/api/v1/reports/${encodeURIComponent(id)}`;

export function fetchReport(id: string, token: string | undefined, signal?: AbortSignal) {
  return getParsed(withQuery(reportPath(id), { token }), ReportDetail, signal);
}

/** One report with its timeline: the reporter's own (signed in), or a guest's with its private token. */
export function useReport(id: string, token: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ["report", id, token ?? null],
    queryFn: ({ signal }) => fetchReport(id, token, signal),
    enabled,
  });
}

/** The reporter answers the moderator's question; the report goes back into review. */
export function useProvideInfo(id: string, token: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: string) =>
      requestJson(withQuery(`${reportPath(id)}/info`, { token }), { method: "POST", body: { message } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["report", id] }),
        queryClient.invalidateQueries({ queryKey: ["my-reports", "sent"] }),
      ]),
  });
}

/** After anything the reporter sends about a report: the report and the list show it at once. */
function useRefreshReport(id: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["report", id] }),
      queryClient.invalidateQueries({ queryKey: ["my-reports", "sent"] }),
    ]);
}

/**
 * The reporter appeals a "no action" decision (once, within 6 months), with evidence files if any:
 * 201, or 409 with a code.
 */
export function useFileAppeal(id: string, token: string | undefined) {
  const refresh = useRefreshReport(id);
  return useMutation({
    mutationFn: ({ text, files, onProgress }: TextWithEvidence) =>
      postWithEvidence({
        url: withQuery(`${reportPath(id)}/appeal`, { token }),
        jsonPart: "appeal",
        body: { statement: text },
        files,
        onProgress,
      }),
    onSettled: refresh,
  });
}

/** The rights holder answers the seller's counter-notice (within 3 business days): 204. */
export function useReplyToCounterNotice(id: string, token: string | undefined) {
  const refresh = useRefreshReport(id);
  return useMutation({
    mutationFn: (reply: string) =>
      requestJson(withQuery(`${reportPath(id)}/counter-notice-reply`, { token }), {
        method: "POST",
        body: { reply },
      }),
    onSettled: refresh,
  });
}

/** The reports I sent, newest first, a page at a time. */
export function useMyReports(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ["my-reports", "sent"],
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery("/api/v1/me/reports", { box: "sent", cursor: pageParam, limit: 20 }),
        SummaryPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** Asks for a fresh private link by mail; the answer is the same whether or not the report exists. */
export function useFindReportLink() {
  return useMutation({
    mutationFn: (body: { reference: string; email: string }) =>
      requestJson("/api/v1/reports/find-link", { method: "POST", body }),
  });
}
