import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useListingRating } from "./feedback.api.ts";
import { StarsShown } from "./StarsField.tsx";

/** A listing's average and count under its title; nothing until the first rating. */
export function ListingRatingLine({ listingId }: { listingId: string }) {
  const { t } = useTranslation("feedback");
  const rating = useListingRating(listingId);
  if (!rating.data) return null;
  const { average, count } = rating.data;
  if (average === null || count === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("listing.notRated")}
      </Text>
    );
  return (
    <Group gap={6}>
      <StarsShown stars={average} />
      <Text size="sm">{t("listing.from", { average: average.toFixed(1), count })}</Text>
    </Group>
  );
}
