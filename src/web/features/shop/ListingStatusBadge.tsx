import { Badge } from "@mantine/core";
import type { Listing } from "../../../contracts/catalog.ts";

const LABELS: Record<Listing["status"], { label: string; color: string } | null> = {
  active: null,
  removed: { label: "Removed", color: "red" },
  demoted: { label: "Demoted", color: "orange" },
  restricted: { label: "Restricted", color: "yellow" },
};

export function ListingStatusBadge({ status }: { status: Listing["status"] }) {
  const shown = LABELS[status];
  if (!shown) return null;
  return (
    <Badge color={shown.color} variant="light">
      {shown.label}
    </Badge>
  );
}
