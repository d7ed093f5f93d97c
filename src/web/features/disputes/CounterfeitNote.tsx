import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { useListing } from "../shop/catalog.api.ts";

/** The link to the report form for one listing, prefilled; it waits for the listing's public address. */
function ReportListingLink({ listingId, title }: { listingId: string; title: string }) {
  const { t } = useTranslation("disputes");
  const listing = useListing(listingId);
  if (!listing.data) return <Text size="sm">{title}</Text>;
  return (
    <AnchorLink
      to="/report/$type"
      params={{ type: "listing_violation" }}
      search={{ target: listing.data.url, reason: "counterfeit" }}
      fw={600}
      c="indigo.9"
      size="sm"
    >
      {t("counterfeit.report", { title })}
    </AnchorLink>
  );
}

interface Item {
  listingId: string;
  title: string;
}

/**
 * A fake received is two things: a dispute for the buyer's money, and a listing that should not be on
 * the marketplace. The dispute settles the first; a report lets moderators act on the second.
 */
export function CounterfeitNote({ items }: { items: Item[] }) {
  const { t } = useTranslation("disputes");
  const listings = [...new Map(items.map((i) => [i.listingId, i])).values()];
  return (
    <Alert
      variant="light"
      color="indigo"
      icon={<InfoIcon />}
      title={t("counterfeit.title")}
      styles={{ message: { color: "var(--mantine-color-dark-7)" } }}
    >
      <Text size="sm" mb="xs">
        {t("counterfeit.text")}
      </Text>
      <List size="sm" spacing={4}>
        {listings.map((item) => (
          <List.Item key={item.listingId}>
            <ReportListingLink listingId={item.listingId} title={item.title} />
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
