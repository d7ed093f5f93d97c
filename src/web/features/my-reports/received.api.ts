import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { pageOf } from "../../../contracts/common.ts";
import { CounterNotice } from "../../../contracts/counter-notices.ts";
import { ReceivedComplaint, ReceivedComplaintDetail } from "../../../contracts/received.ts";
import { getParsed, requestJson, withQuery } from "../../api/http.ts";
import { postWithEvidence, type TextWithEvidence } from "../../api/upload.ts";

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

type Send<TInput> = (url: string, input: TInput) => Promise<unknown>;

/** Everything the seller sends about a complaint refreshes the complaint (and its counter-notices). */
function useSellerCommand<TInput>(caseId: string, command: SellerCommand, send: Send<TInput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => send(`${receivedPath(caseId)}/${command}`, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: receivedKeys.all }),
  });
}

const postJson =
  <TInput>(bodyOf: (input: TInput) => unknown): Send<TInput> =>
  (url, input) =>
    requestJson(url, { method: "POST", body: bodyOf(input) });

/** A statement with optional evidence: JSON without files, multipart with them (the JSON in `jsonPart`). */
const postStatement =
  (jsonPart: string): Send<TextWithEvidence> =>
  (url, { text, files, onProgress }) =>
    postWithEvidence({ url, jsonPart, body: { statement: text }, files, onProgress });

export const useSellerAnswer = (caseId: string) =>
  useSellerCommand(caseId, "answer", postStatement("answer"));
export const useRemoveListing = (caseId: string) =>
  useSellerCommand(
    caseId,
    "remove-listing",
    postJson((_: undefined) => ({})),
  );
export const useFileCounterNotice = (caseId: string) =>
  useSellerCommand(
    caseId,
    "counter-notices",
    postJson((statement: string) => ({ statement })),
  );
export const useSellerAppeal = (caseId: string) =>
  useSellerCommand(caseId, "appeal", postStatement("appeal"));
