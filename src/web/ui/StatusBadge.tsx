import { Badge } from "@mantine/core";
import type { ReportStatus } from "../../contracts/reports.ts";

export const STATUS_LABELS: Record<ReportStatus, string> = {
  submitted: "Submitted",
  in_review: "In review",
  needs_info: "Needs information",
  decided: "Decided",
  appealed: "Appealed",
  closed: "Closed",
};

const STATUS_COLORS: Record<ReportStatus, string> = {
  submitted: "blue",
  in_review: "yellow",
  needs_info: "orange",
  decided: "green",
  appealed: "grape",
  closed: "gray",
};

export function StatusBadge({ status, size = "md" }: { status: ReportStatus; size?: "sm" | "md" | "lg" }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
