import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Listing, Store, StoreView } from "../../../contracts/catalog.ts";
import { pageOf } from "../../../contracts/common.ts";
import { getParsed, withQuery } from "../../api/http.ts";

const ListingPage = pageOf(Listing);
const StorePage = pageOf(Store);

const LISTINGS_PER_PAGE = 12;

export function useListings(storeId?: string) {
  return useInfiniteQuery({
    queryKey: ["catalog", "listings", storeId ?? "all"],
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery("/api/v1/catalog/listings", { cursor: pageParam, limit: LISTINGS_PER_PAGE, storeId }),
        ListingPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useStores() {
  return useInfiniteQuery({
    queryKey: ["catalog", "stores"],
    queryFn: ({ pageParam, signal }) =>
      getParsed(withQuery("/api/v1/catalog/stores", { cursor: pageParam, limit: 8 }), StorePage, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useListing(id: string) {
  return useQuery({
    queryKey: ["catalog", "listing", id],
    queryFn: ({ signal }) => getParsed(`/api/v1/catalog/listings/${encodeURIComponent(id)}`, Listing, signal),
  });
}

export function useStore(id: string) {
  return useQuery({
    queryKey: ["catalog", "store", id],
    queryFn: ({ signal }) => getParsed(`/api/v1/catalog/stores/${encodeURIComponent(id)}`, StoreView, signal),
  });
}
