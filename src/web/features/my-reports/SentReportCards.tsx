import { Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { ReportSummary } from "../../../contracts/reports.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { StatusBadge } from "../../ui/StatusBadge.tsx";
import { SummaryCard, SummaryCardList } from "../../ui/SummaryCardList.tsx";
import { isOpenReport } from "./SentReportsTable.tsx";

function SentReportCard({ report }: { report: ReportSummary }) {
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
          {report.targetCount > 1 && ` and ${report.targetCount - 1} more`}
        </Text>
      }
      facts={[
        { label: "Type", value: report.typeTitle },
        {
          label: "Submitted",
          value: <time dateTime={report.createdAt}>{formatDate(report.createdAt)}</time>,
        },
        {
          label: "Decision expected",
          value: isOpenReport(report) ? formatDateTime(report.expectedDecisionBy) : "—",
        },
      ]}
    />
  );
}

/** The reports I sent as cards, for narrow screens where the table's columns would not fit. */
export function SentReportCards({ reports }: { reports: ReportSummary[] }) {
  return (
    <SummaryCardList label="Reports I sent">
      {reports.map((report) => (
        <SentReportCard key={report.id} report={report} />
      ))}
    </SummaryCardList>
  );
}
