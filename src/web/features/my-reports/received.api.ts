import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { pageOf } from "../../../contracts/common.ts";
import { ReceivedComplaint, ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { getParsed, withQuery } from "../../api/http.ts";

const ReceivedPage = pageOf(ReceivedComplaint);

/** Complaints about my stores and listings, newest first, a page at a time. */
export function useReceivedComplaints(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ["my-reports", "received"],
    queryFn: ({ pageParam, signal }) =>
      getParsed(withQuery("/api/v1/me/received", { cursor: pageParam, limit: 20 }), ReceivedPage, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** One complaint case about my store or listing, with its decision and statement of reasons. */
export function useReceivedComplaint(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["my-reports", "received", caseId],
    queryFn: ({ signal }) =>
      getParsed(`/api/v1/me/received/${encodeURIComponent(caseId)}`, ReceivedComplaintDetail, signal),
    enabled,
  });
}
