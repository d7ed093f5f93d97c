import { Badge } from "@mantine/core";
import { DISPUTE_STATUS_LABELS, type DisputeStatus } from "../../../contracts/disputes.ts";
import { DISPUTE_STATUS_COLORS } from "./disputes.labels.ts";

export function DisputeStatusBadge({
  status,
  size = "md",
}: {
  status: DisputeStatus;
  size?: "sm" | "md" | "lg";
}) {
  return (
    <Badge color={DISPUTE_STATUS_COLORS[status]} variant="light" size={size}>
      {DISPUTE_STATUS_LABELS[status]}
    </Badge>
  );
}
