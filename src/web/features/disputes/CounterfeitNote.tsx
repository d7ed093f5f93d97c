import { Alert, List, Text } from "@mantine/core";
import { InfoIcon } from "../../ui/icons.tsx";
import { AnchorLink } from "../../ui/links.tsx";
import { useListing } from "../shop/catalog.api.ts";

/** The link to the report form for one listing, prefilled; it waits for the listing's public address. */
function ReportListingLink({ listingId, title }: { listingId: string; title: string }) {
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
      Report “{title}” as counterfeit
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
  const listings = [...new Map(items.map((i) => [i.listingId, i])).values()];
  return (
    <Alert
      variant="light"
      color="indigo"
      icon={<InfoIcon />}
      title="Also report the listing"
      styles={{ message: { color: "var(--mantine-color-dark-7)" } }}
    >
      <Text size="sm" mb="xs">
        This dispute is about your money. If the listing sells fakes, report it too, so that moderators can
        take it down for everyone: the seller does not learn who reported. Brand owners can use the IP
        complaint instead.
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
