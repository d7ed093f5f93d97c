import { Alert, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Listing } from "../../../contracts/catalog.ts";
import { countryName } from "../../ui/format.ts";
import { AlertIcon, InfoIcon } from "../../ui/icons.tsx";
import { viewerCountry } from "./listing-standing.ts";

function countries(codes: string[]): string {
  return codes.map((code) => countryName(code)).join(", ");
}

/** What a decision on this listing means for someone looking at it: removed, hidden somewhere, demoted. */
export function ListingNotice({ listing }: { listing: Listing }) {
  const { t } = useTranslation("shop");
  if (listing.status === "removed") {
    return (
      <Alert color="red" variant="light" icon={<AlertIcon />} title={t("notice.removedTitle")}>
        <Text size="sm" c="dark">
          {t("notice.removed")}
        </Text>
      </Alert>
    );
  }
  if (listing.status === "restricted") {
    const here = viewerCountry();
    const hiddenHere = here !== null && listing.restrictedTerritories.includes(here);
    const where =
      listing.restrictedTerritories.length > 0
        ? countries(listing.restrictedTerritories)
        : t("notice.someCountries");
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<AlertIcon />}
        title={
          hiddenHere
            ? t("notice.notAvailableIn", { country: countryName(here) })
            : t("notice.restrictedTitle")
        }
        styles={{ title: { color: "var(--mantine-color-dark-7)" } }}
      >
        <Text size="sm" c="dark">
          {t("notice.restricted", { where })} {hiddenHere ? t("notice.hiddenHere") : t("notice.elsewhere")}
        </Text>
      </Alert>
    );
  }
  if (listing.status === "demoted") {
    return (
      <Alert color="orange" variant="light" icon={<InfoIcon />} title={t("notice.demotedTitle")}>
        <Text size="sm" c="dark">
          {t("notice.demoted")}
        </Text>
      </Alert>
    );
  }
  return null;
}
