import { SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { PagedList } from "../../ui/PagedList.tsx";
import { useListings } from "./catalog.api.ts";
import { ListingCard } from "./ListingCard.tsx";

/** Listings in a grid, a page at a time, with "Load more" (keyset pagination). */
export function ListingGrid({ storeId }: { storeId?: string }) {
  const { t } = useTranslation("shop");
  return (
    <PagedList
      query={useListings(storeId)}
      loading={{ rows: 4, height: 60 }}
      empty={
        <Text c="dimmed" py="lg">
          {t("noListings")}
        </Text>
      }
    >
      {(listings) => (
        <SimpleGrid cols={{ base: 2, md: 3, lg: 4 }} spacing={{ base: "sm", sm: "lg" }}>
          {listings.map((listing) => (
            <ListingCard key={listing.id} listing={listing} />
          ))}
        </SimpleGrid>
      )}
    </PagedList>
  );
}
