import { Badge } from "@mantine/core";
import type { DisputeStatus } from "../../../contracts/disputes.ts";
import { DISPUTE_STATUS_COLORS, disputeStatusLabel } from "./disputes.labels.ts";

export function DisputeStatusBadge({
  status,
  size = "md",
}: {
  status: DisputeStatus;
  size?: "sm" | "md" | "lg";
}) {
  return (
    <Badge
      color={DISPUTE_STATUS_COLORS[status]}
      variant="light"
      size={size}
      // The longest statuses ("Waiting for the buyer to ship the return") wrap on a phone, never cut off.
      h="auto"
      maw="100%"
      py={4}
      styles={{ label: { whiteSpace: "normal", overflow: "visible" } }}
    >
      {disputeStatusLabel(status)}
    </Badge>
  );
}
