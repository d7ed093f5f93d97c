import { Button, Center, SimpleGrid, Stack, Text } from "@mantine/core";
import { ErrorBlock, LoadingBlock } from "../../ui/QueryState.tsx";
import { useListings } from "./catalog.api.ts";
import { ListingCard } from "./ListingCard.tsx";

/** Listings in a grid, a page at a time, with "Load more" (keyset pagination). */
export function ListingGrid({ storeId }: { storeId?: string }) {
  const query = useListings(storeId);
  if (query.isPending) return <LoadingBlock rows={4} height={60} />;
  if (!query.data) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;

  const listings = query.data.pages.flatMap((page) => page.items);
  if (listings.length === 0) {
    return (
      <Text c="dimmed" py="lg">
        There are no listings here yet.
      </Text>
    );
  }
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing={{ base: "sm", sm: "lg" }}>
        {listings.map((listing) => (
          <ListingCard key={listing.id} listing={listing} />
        ))}
      </SimpleGrid>
      {query.isFetchNextPageError && <ErrorBlock error={query.error} title="Could not load more listings" />}
      {query.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
            Load more
          </Button>
        </Center>
      )}
    </Stack>
  );
}
