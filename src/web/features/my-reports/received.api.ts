import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { pageOf } from "../../../contracts/common.ts";
import { CounterNotice } from "../../../contracts/counter-notices.ts";
import { ReceivedComplaint, ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { getParsed, requestJson, withQuery } from "../../api/http.ts";

const ReceivedPage = pageOf(ReceivedComplaint);
const CounterNoticeList = z.object({ items: z.array(CounterNotice) });

const receivedPath = (caseId: string) => `/api/v1/me/received/${encodeURIComponent(caseId)}`;

export const receivedKeys = {
  all: ["my-reports", "received"] as const,
  one: (caseId: string) => ["my-reports", "received", caseId] as const,
  counterNotices: (caseId: string) => ["my-reports", "received", caseId, "counter-notices"] as const,
};

/** Complaints about my stores and listings, newest first, a page at a time. */
export function useReceivedComplaints(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: receivedKeys.all,
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
    queryKey: receivedKeys.one(caseId),
    queryFn: ({ signal }) => getParsed(receivedPath(caseId), ReceivedComplaintDetail, signal),
    enabled,
  });
}

/** My counter-notices on an IP complaint, first attempt first. */
export function useCounterNotices(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: receivedKeys.counterNotices(caseId),
    queryFn: async ({ signal }) =>
      (await getParsed(`${receivedPath(caseId)}/counter-notices`, CounterNoticeList, signal)).items,
    enabled,
  });
}

type SellerCommand = "answer" | "remove-listing" | "counter-notices" | "appeal";

/** Everything the seller sends about a complaint refreshes the complaint (and its counter-notices). */
function useSellerCommand<TInput>(
  caseId: string,
  command: SellerCommand,
  bodyOf: (input: TInput) => unknown,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) =>
      requestJson(`${receivedPath(caseId)}/${command}`, { method: "POST", body: bodyOf(input) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: receivedKeys.all }),
  });
}

export const useSellerAnswer = (caseId: string) =>
  useSellerCommand(caseId, "answer", (statement: string) => ({ statement }));
export const useRemoveListing = (caseId: string) =>
  useSellerCommand(caseId, "remove-listing", (_: undefined) => ({}));
export const useFileCounterNotice = (caseId: string) =>
  useSellerCommand(caseId, "counter-notices", (statement: string) => ({ statement }));
export const useSellerAppeal = (caseId: string) =>
  useSellerCommand(caseId, "appeal", (statement: string) => ({ statement }));
