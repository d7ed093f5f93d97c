import { Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ReportSummary } from "../../../contracts/reports.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { StatusBadge } from "../../ui/StatusBadge.tsx";
import { SummaryCard, SummaryCardList } from "../../ui/SummaryCardList.tsx";
import { reportTypeTitle } from "./received.labels.ts";
import { isOpenReport } from "./SentReportsTable.tsx";

function SentReportCard({ report }: { report: ReportSummary }) {
  const { t } = useTranslation("myReports");
  const navigate = useNavigate();
  return (
    <SummaryCard
      onOpen={() => navigate({ to: "/my/reports/$id", params: { id: report.id } })}
      label={
        // A reference is read and typed as a whole: it never breaks across lines.
        <AnchorLink
          to="/my/reports/$id"
          params={{ id: report.id }}
          fw={600}
          ff="monospace"
          style={{ whiteSpace: "nowrap" }}
          onClick={(event) => event.stopPropagation()}
        >
          {report.reference}
        </AnchorLink>
      }
      status={<StatusBadge status={report.status} size="sm" />}
      title={
        <Text size="sm" fw={500} className="break-anywhere">
          {report.targetTitle}
          {report.targetCount > 1 && t("sent.andMore", { count: report.targetCount - 1 })}
        </Text>
      }
      facts={[
        { label: t("sent.type"), value: reportTypeTitle(report.type) },
        {
          label: t("sent.submitted"),
          value: <time dateTime={report.createdAt}>{formatDate(report.createdAt)}</time>,
        },
        {
          label: t("sent.expected"),
          value: isOpenReport(report) ? formatDateTime(report.expectedDecisionBy) : "—",
        },
      ]}
    />
  );
}

/** The reports I sent as cards, for narrow screens where the table's columns would not fit. */
export function SentReportCards({ reports }: { reports: ReportSummary[] }) {
  const { t } = useTranslation("myReports");
  return (
    <SummaryCardList label={t("sent.label")}>
      {reports.map((report) => (
        <SentReportCard key={report.id} report={report} />
      ))}
    </SummaryCardList>
  );
}
