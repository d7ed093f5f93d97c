import { Badge } from "@mantine/core";
import type { CaseStatus } from "../../../contracts/console.ts";
import { CASE_STATUS_COLORS, caseStatusLabel } from "./received.labels.ts";

/** Where a complaint about my store stands, in the seller's words. */
export function CaseStatusBadge({ status, size = "md" }: { status: CaseStatus; size?: "sm" | "md" | "lg" }) {
  return (
    <Badge color={CASE_STATUS_COLORS[status]} variant="light" size={size}>
      {caseStatusLabel(status)}
    </Badge>
  );
}
