import { Alert, Text } from "@mantine/core";
import type { Listing } from "../../../contracts/catalog.ts";
import { countryName } from "../../ui/format.ts";
import { AlertIcon, InfoIcon } from "../../ui/icons.tsx";
import { viewerCountry } from "./listing-standing.ts";

function countries(codes: string[]): string {
  return codes.map(countryName).join(", ");
}

/** What a decision on this listing means for someone looking at it: removed, hidden somewhere, demoted. */
export function ListingNotice({ listing }: { listing: Listing }) {
  if (listing.status === "removed") {
    return (
      <Alert color="red" variant="light" icon={<AlertIcon />} title="This listing was removed">
        <Text size="sm" c="dark">
          It broke the marketplace rules and can no longer be bought. It was already decided on, so it cannot
          be reported again.
        </Text>
      </Alert>
    );
  }
  if (listing.status === "restricted") {
    const here = viewerCountry();
    const hiddenHere = here !== null && listing.restrictedTerritories.includes(here);
    const where =
      listing.restrictedTerritories.length > 0 ? countries(listing.restrictedTerritories) : "some countries";
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<AlertIcon />}
        title={hiddenHere ? `Not available in ${countryName(here)}` : "Restricted in some countries"}
        styles={{ title: { color: "var(--mantine-color-dark-7)" } }}
      >
        <Text size="sm" c="dark">
          {`After a decision of the marketplace, buyers in ${where} cannot see or order this listing. `}
          {hiddenHere ? "You cannot order it from where you are." : "Elsewhere it stays on sale."}
        </Text>
      </Alert>
    );
  }
  if (listing.status === "demoted") {
    return (
      <Alert color="orange" variant="light" icon={<InfoIcon />} title="This listing was demoted">
        <Text size="sm" c="dark">
          After a decision of the marketplace it stays on sale, but it is shown lower in search results and is
          no longer promoted.
        </Text>
      </Alert>
    );
  }
  return null;
}
