import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { pageOf } from "../../../contracts/common.ts";
import {
  Dispute,
  DisputeSummary,
  type OpenDispute,
  Order,
  type Proposal,
  type Side,
} from "../../../contracts/disputes.ts";
import { getParsed, requestJson, withQuery } from "../../api/http.ts";
import { postWithEvidence, type TextWithEvidence, uploadMultipart } from "../../api/upload.ts";

const OrderPage = pageOf(Order);
const SummaryPage = pageOf(DisputeSummary);
const PER_PAGE = 20;

const orderPath = (id: string) => `/api/v1/me/orders/${encodeURIComponent(id)}`;
const disputePath = (id: string) => `/api/v1/disputes/${encodeURIComponent(id)}`;

export const disputeKeys = {
  orders: ["orders"] as const,
  order: (id: string) => ["orders", id] as const,
  mine: ["disputes", "mine"] as const,
  mineAs: (role: Side) => ["disputes", "mine", role] as const,
  one: (id: string) => ["disputes", "one", id] as const,
};

/** My orders, newest first, a page at a time, each with whether a dispute may be opened on it now. */
export function useMyOrders(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: disputeKeys.orders,
    queryFn: ({ pageParam, signal }) =>
      getParsed(withQuery("/api/v1/me/orders", { cursor: pageParam, limit: PER_PAGE }), OrderPage, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** One of my orders: its items, shipping facts, disputes, and what may be disputed now. */
export function useMyOrder(id: string, enabled: boolean) {
  return useQuery({
    queryKey: disputeKeys.order(id),
    queryFn: ({ signal }) => getParsed(orderPath(id), Order, signal),
    enabled,
  });
}

/** My disputes as a buyer, or those on my stores as a seller. */
export function useMyDisputes(role: Side, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: disputeKeys.mineAs(role),
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery("/api/v1/me/disputes", { role, cursor: pageParam, limit: PER_PAGE }),
        SummaryPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

/** A dispute as the signed-in side sees it: who acts next, both sides' proposals, the timeline. */
export function useDispute(id: string, enabled: boolean) {
  return useQuery({
    queryKey: disputeKeys.one(id),
    queryFn: ({ signal }) => getParsed(disputePath(id), Dispute, signal),
    enabled,
  });
}

export interface OpenDisputeSending {
  input: OpenDispute;
  files: File[];
  /** The same for a retry of the same submission, so that the dispute cannot be opened twice. */
  idempotencyKey: string;
  onProgress: (loaded: number, total: number) => void;
}

/**
 * Opens a dispute, always as a multipart form (the dispute as JSON, then its evidence files), so that the
 * upload reports its progress; the order (now holding it) and the lists show it at once.
 */
export function useOpenDispute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, files, idempotencyKey, onProgress }: OpenDisputeSending) =>
      Dispute.parse(
        await uploadMultipart({
          url: "/api/v1/disputes",
          headers: { "Idempotency-Key": idempotencyKey },
          parts: [
            { name: "dispute", value: JSON.stringify(input) },
            ...files.map((file) => ({ name: "evidence", value: file })),
          ],
          onProgress,
        }),
      ),
    onSuccess: (dispute) => {
      queryClient.setQueryData(disputeKeys.one(dispute.id), dispute);
      void queryClient.invalidateQueries({ queryKey: disputeKeys.orders });
      void queryClient.invalidateQueries({ queryKey: disputeKeys.mine });
    },
  });
}

type Step =
  | "proposals"
  | "accept"
  | "escalate"
  | "withdraw"
  | "reopen"
  | "messages"
  | "return-shipment"
  | "return-received"
  | "appeal";

/**
 * One step of a side on a dispute. The answer is the dispute as it now stands; a refusal (409: it moved
 * on meanwhile) reloads it, so that the page shows where it stands and what may be done now.
 */
function useDisputeMutation<TInput>(id: string, send: (input: TInput) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: TInput) => Dispute.parse(await send(input)),
    onSuccess: (dispute) => queryClient.setQueryData(disputeKeys.one(id), dispute),
    onError: () => queryClient.invalidateQueries({ queryKey: disputeKeys.one(id) }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: disputeKeys.mine }),
        queryClient.invalidateQueries({ queryKey: disputeKeys.orders }),
      ]),
  });
}

const useDisputeStep = <TInput>(id: string, step: Step, bodyOf: (input: TInput) => unknown) =>
  useDisputeMutation(id, (input: TInput) =>
    requestJson(`${disputePath(id)}/${step}`, { method: "POST", body: bodyOf(input) }),
  );

const empty = (_: undefined) => ({});

export const usePropose = (id: string) => useDisputeStep(id, "proposals", (proposal: Proposal) => proposal);
export const useAccept = (id: string) => useDisputeStep(id, "accept", empty);
export const useEscalate = (id: string) => useDisputeStep(id, "escalate", empty);
export const useWithdraw = (id: string) => useDisputeStep(id, "withdraw", empty);
export const useReopen = (id: string) => useDisputeStep(id, "reopen", empty);
export const usePostMessage = (id: string) => useDisputeStep(id, "messages", (text: string) => ({ text }));
export const useShipReturn = (id: string) =>
  useDisputeStep(id, "return-shipment", (shipment: { carrier: string; trackingNumber: string }) => shipment);
export const useConfirmReturn = (id: string) => useDisputeStep(id, "return-received", empty);
export const useAppeal = (id: string) => useDisputeStep(id, "appeal", (reason: string) => ({ reason }));

/** Evidence sent by one side: JSON without files, else a multipart form with the message and the files. */
export const useAddEvidence = (id: string) =>
  useDisputeMutation(id, ({ text, files, onProgress }: TextWithEvidence) =>
    postWithEvidence({
      url: `${disputePath(id)}/evidence`,
      jsonPart: "message",
      body: { message: text },
      files,
      onProgress,
    }),
  );
