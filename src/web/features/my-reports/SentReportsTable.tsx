import { Table, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import type { ReportSummary } from "../../../contracts/reports.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { StatusBadge } from "../../ui/StatusBadge.tsx";

const OPEN: ReportSummary["status"][] = ["submitted", "in_review", "needs_info"];

/** A decision is still to come: the expected date means something. */
export const isOpenReport = (report: ReportSummary) => OPEN.includes(report.status);

export function SentReportsTable({ reports }: { reports: ReportSummary[] }) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Reports I sent">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Reported</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Submitted</Table.Th>
            <Table.Th>Decision expected</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr
              key={report.id}
              className="clickable-row"
              onClick={() => navigate({ to: "/my/reports/$id", params: { id: report.id } })}
            >
              <Table.Td>
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
              </Table.Td>
              <Table.Td>
                <Text size="sm">{report.typeTitle}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {report.targetTitle}
                  {report.targetCount > 1 && ` and ${report.targetCount - 1} more`}
                </Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={report.status} size="sm" />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(report.createdAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={isOpenReport(report) ? undefined : "dimmed"}>
                  {isOpenReport(report) ? formatDateTime(report.expectedDecisionBy) : "—"}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
