import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type ReviewRight,
  RightQueuePage,
  RightReview,
  type RightStatus,
} from "../../../../contracts/rights.ts";
import { getParsed, requestJson, withQuery } from "../../../api/http.ts";

const PAGE_SIZE = 25;

export const rightsReviewKeys = {
  queues: ["console", "rights"] as const,
  queue: (status: RightStatus) => ["console", "rights", status] as const,
  right: (id: string) => ["console", "right", id] as const,
};

const rightPath = (id: string) => `/api/v1/console/rights/${encodeURIComponent(id)}`;

/** Rights to verify (oldest first) or already reviewed (newest first), a page at a time. */
export function useRightQueue(status: RightStatus, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: rightsReviewKeys.queue(status),
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery("/api/v1/console/rights", { status, cursor: pageParam, limit: PAGE_SIZE }),
        RightQueuePage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}

export function useRightReview(id: string, enabled: boolean) {
  return useQuery({
    queryKey: rightsReviewKeys.right(id),
    queryFn: ({ signal }) => getParsed(rightPath(id), RightReview, signal),
    enabled,
  });
}

/** Approves or rejects; the page shows the answer at once and every queue is refreshed. */
export function useReviewRight(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (review: ReviewRight) =>
      RightReview.parse(await requestJson(`${rightPath(id)}/review`, { method: "POST", body: review })),
    onSuccess: (answer) => queryClient.setQueryData(rightsReviewKeys.right(id), answer),
    onSettled: () => queryClient.invalidateQueries({ queryKey: rightsReviewKeys.queues }),
  });
}
