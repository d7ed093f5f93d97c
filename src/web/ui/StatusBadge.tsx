import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ReportStatus } from "../../contracts/reports.ts";

const STATUS_COLORS: Record<ReportStatus, string> = {
  submitted: "blue",
  in_review: "yellow",
  needs_info: "orange",
  decided: "green",
  appealed: "grape",
  closed: "gray",
};

export function StatusBadge({ status, size = "md" }: { status: ReportStatus; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation("ui");
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" size={size}>
      {t(`reportStatus.${status}`)}
    </Badge>
  );
}
