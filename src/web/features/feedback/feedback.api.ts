import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { pageOf } from "../../../contracts/common.ts";
import {
  BuyerFeedback,
  Feedback,
  ListingRating,
  OrderFeedback,
  OrderToRate,
  type RateBuyer,
  type RateOrder,
  type ReportFeedbackAbuse,
  StoreFeedbackItem,
  StoreRating,
} from "../../../contracts/feedback.ts";
import { ReportCreated } from "../../../contracts/reports.ts";
import { getParsed, requestJson, withQuery } from "../../api/http.ts";
import { uploadMultipart } from "../../api/upload.ts";

const StoreFeedbackPage = pageOf(StoreFeedbackItem);
const OrdersToRatePage = pageOf(OrderToRate);
const PER_PAGE = 10;

const orderFeedbackPath = (orderId: string) => `/api/v1/me/orders/${encodeURIComponent(orderId)}/feedback`;

export const feedbackKeys = {
  order: (orderId: string) => ["feedback", "order", orderId] as const,
  store: (storeId: string) => ["feedback", "store", storeId] as const,
  storeList: (storeId: string) => ["feedback", "store", storeId, "list"] as const,
  listing: (listingId: string) => ["feedback", "listing", listingId] as const,
  toRate: (storeId: string) => ["feedback", "store", storeId, "to-rate"] as const,
};

/** The seller's orders waiting for its feedback on their buyers; only asked when `enabled`. */
export function useOrdersToRate(storeId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: feedbackKeys.toRate(storeId),
    enabled,
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery(`/api/v1/stores/${encodeURIComponent(storeId)}/orders-to-rate`, {
          cursor: pageParam,
          limit: PER_PAGE,
        }),
        OrdersToRatePage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The seller's one feedback on an order's buyer; the store's ratings may show more afterwards. */
export function useRateBuyer(storeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ orderId, input }: { orderId: string; input: RateBuyer }) =>
      BuyerFeedback.parse(
        await requestJson(`/api/v1/orders/${encodeURIComponent(orderId)}/buyer-feedback`, {
          method: "POST",
          body: input,
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.store(storeId) }),
  });
}

/** My ratings of one of my orders, and whether I may rate or edit them now. */
export function useOrderFeedback(orderId: string) {
  return useQuery({
    queryKey: feedbackKeys.order(orderId),
    queryFn: ({ signal }) => getParsed(orderFeedbackPath(orderId), OrderFeedback, signal),
  });
}

/** A store's rating over 6 months. */
export function useStoreRating(storeId: string) {
  return useQuery({
    queryKey: feedbackKeys.store(storeId),
    queryFn: ({ signal }) =>
      getParsed(`/api/v1/stores/${encodeURIComponent(storeId)}/rating`, StoreRating, signal),
  });
}

/** A store's ratings, newest first, a page at a time. */
export function useStoreFeedback(storeId: string) {
  return useInfiniteQuery({
    queryKey: feedbackKeys.storeList(storeId),
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery(`/api/v1/stores/${encodeURIComponent(storeId)}/feedback`, {
          cursor: pageParam,
          limit: PER_PAGE,
        }),
        StoreFeedbackPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useListingRating(listingId: string) {
  return useQuery({
    queryKey: feedbackKeys.listing(listingId),
    queryFn: ({ signal }) =>
      getParsed(`/api/v1/listings/${encodeURIComponent(listingId)}/rating`, ListingRating, signal),
  });
}

export interface RateOrderSending {
  input: RateOrder;
  photos: File[];
  onProgress?: (loaded: number, total: number) => void;
}

/** Rates an order, with its photos; the order's ratings and the store's figures show it at once. */
export function useRateOrder(orderId: string, storeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ input, photos, onProgress }: RateOrderSending) =>
      OrderFeedback.parse(
        photos.length === 0
          ? await requestJson(orderFeedbackPath(orderId), { method: "POST", body: input })
          : await uploadMultipart({
              url: orderFeedbackPath(orderId),
              parts: [
                { name: "rating", value: JSON.stringify(input) },
                ...photos.map((file) => ({ name: "photos", value: file })),
              ],
              onProgress,
            }),
      ),
    onSuccess: (feedback) => {
      queryClient.setQueryData(feedbackKeys.order(orderId), feedback);
      void queryClient.invalidateQueries({ queryKey: feedbackKeys.store(storeId) });
    },
  });
}

/** The one edit of an item rating. */
export function useEditFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, stars, text }: { id: string; stars: number; text: string }) =>
      Feedback.parse(
        await requestJson(`/api/v1/feedback/${encodeURIComponent(id)}`, {
          method: "PATCH",
          body: { stars, text },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["feedback"] }),
  });
}

/** The seller's one reply to a rating of its store. */
export function useReplyToFeedback(storeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, text }: { id: string; text: string }) =>
      Feedback.parse(
        await requestJson(`/api/v1/feedback/${encodeURIComponent(id)}/reply`, {
          method: "POST",
          body: { text },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.storeList(storeId) }),
  });
}

/** Reports a rating as abusive; My Reports lists the new report at once. */
export function useReportFeedbackAbuse(feedbackId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ReportFeedbackAbuse) =>
      ReportCreated.parse(
        await requestJson(`/api/v1/feedback/${encodeURIComponent(feedbackId)}/abuse-reports`, {
          method: "POST",
          body: input,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ["my-reports"] }),
  });
}
