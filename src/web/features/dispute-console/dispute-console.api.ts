import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { pageOf } from "../../../contracts/common.ts";
import {
  ConsoleDispute,
  ConsoleDisputeItem,
  type ConsoleDisputeQuery,
  type RequestEvidence,
  type Ruling,
} from "../../../contracts/disputes.ts";
import { ApiError, getParsed, requestJson, withQuery } from "../../api/http.ts";

/** The statuses the queue can be narrowed to; without one it lists all three. */
export type QueueStatus = NonNullable<z.infer<typeof ConsoleDisputeQuery>["status"]>;

const DisputeQueuePage = pageOf(ConsoleDisputeItem);
const PAGE_SIZE = 25;
const QUEUE_PATH = "/api/v1/console/disputes";

export const disputeConsoleKeys = {
  all: ["console", "disputes"] as const,
  queue: (status: QueueStatus | undefined) => ["console", "disputes", "queue", status ?? "all"] as const,
  access: ["console", "disputes", "access"] as const,
  one: (id: string) => ["console", "disputes", "one", id] as const,
};

const disputePath = (id: string) => `${QUEUE_PATH}/${encodeURIComponent(id)}`;

/** The platform's disputes, soonest deadline first, a page at a time. */
export function useDisputeQueue(status: QueueStatus | undefined) {
  return useInfiniteQuery({
    queryKey: disputeConsoleKeys.queue(status),
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery(QUEUE_PATH, { status, cursor: pageParam, limit: PAGE_SIZE }),
        DisputeQueuePage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export type DisputesAccess = "checking" | "allowed" | "refused" | "unknown";

/**
 * Whether the signed-in staff member works the Disputes department. No endpoint names one's departments,
 * so the queue is asked for one item: the server's 403 is the answer, and the only authority on it.
 */
export function useDisputesAccess(enabled = true): DisputesAccess {
  const probe = useQuery({
    queryKey: disputeConsoleKeys.access,
    queryFn: ({ signal }) => getParsed(withQuery(QUEUE_PATH, { limit: 1 }), DisputeQueuePage, signal),
    enabled,
    staleTime: 5 * 60_000,
  });
  if (!enabled || probe.isPending) return "checking";
  if (probe.isSuccess) return "allowed";
  return isRefusal(probe.error) ? "refused" : "unknown";
}

/** A 403: the member is staff, but not of the Disputes department. */
export const isRefusal = (error: unknown) => error instanceof ApiError && error.status === 403;

export const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

export function useConsoleDispute(id: string) {
  return useQuery({
    queryKey: disputeConsoleKeys.one(id),
    queryFn: ({ signal }) => getParsed(disputePath(id), ConsoleDispute, signal),
  });
}

/**
 * A mediator's step on a dispute: the answer is the dispute as it now stands. A 409 means someone moved
 * it first, so the page is reloaded either way, and the queues too, since the deadline changed.
 */
function useDisputeStep<Body>(id: string, step: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Body) =>
      ConsoleDispute.parse(await requestJson(`${disputePath(id)}/${step}`, { method: "POST", body })),
    onSuccess: (dispute) => queryClient.setQueryData(disputeConsoleKeys.one(id), dispute),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: disputeConsoleKeys.one(id) });
    },
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: disputeConsoleKeys.all,
        predicate: (query) => query.queryKey[2] !== "one",
      }),
  });
}

export const useRequestEvidence = (id: string) =>
  useDisputeStep<z.infer<typeof RequestEvidence>>(id, "request-evidence");

export const useRuling = (id: string) => useDisputeStep<Ruling>(id, "ruling");
