import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Listing } from "../../../contracts/catalog.ts";

const COLORS: Record<Listing["status"], string | null> = {
  active: null,
  removed: "red",
  demoted: "orange",
  restricted: "yellow",
};

export function ListingStatusBadge({ status }: { status: Listing["status"] }) {
  const { t } = useTranslation("shop");
  const color = COLORS[status];
  if (status === "active" || !color) return null;
  return (
    <Badge color={color} variant="light">
      {t(`listingStatus.${status}`)}
    </Badge>
  );
}
