import { Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Listing } from "../../../contracts/catalog.ts";
import { formatPrice } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { ListingImage } from "./ListingImage.tsx";
import { ListingStatusBadge } from "./ListingStatusBadge.tsx";
import { isOnSale } from "./listing-standing.ts";

export function ListingCard({ listing }: { listing: Listing }) {
  const { t } = useTranslation("shop");
  return (
    <Card padding="sm" component="article" aria-labelledby={`listing-${listing.id}`}>
      <Card.Section>
        <ListingImage src={listing.imageUrl} alt="" />
      </Card.Section>
      <Stack gap={6} mt="sm">
        <AnchorLink
          to="/shop/item/$id"
          params={{ id: listing.id }}
          fw={600}
          c="dark"
          lineClamp={2}
          id={`listing-${listing.id}`}
        >
          {listing.title}
        </AnchorLink>
        <Group justify="space-between" gap="xs">
          {isOnSale(listing) ? (
            <Text fw={700} size="md">
              {formatPrice(listing.priceMinor, listing.currency)}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t("noLongerForSale")}
            </Text>
          )}
          <ListingStatusBadge status={listing.status} />
        </Group>
        <AnchorLink to="/shop/store/$id" params={{ id: listing.storeId }} size="sm" c="dimmed">
          {listing.storeName}
        </AnchorLink>
      </Stack>
    </Card>
  );
}
