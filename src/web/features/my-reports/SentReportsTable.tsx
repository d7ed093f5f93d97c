import { Table, Text } from "@mantine/core";
import { useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { ReportSummary } from "../../../contracts/reports.ts";
import { formatDate, formatDateTime } from "../../ui/format.ts";
import { AnchorLink } from "../../ui/links.tsx";
import { StatusBadge } from "../../ui/StatusBadge.tsx";
import { reportTypeTitle } from "./received.labels.ts";

const OPEN: ReportSummary["status"][] = ["submitted", "in_review", "needs_info"];

/** A decision is still to come: the expected date means something. */
export const isOpenReport = (report: ReportSummary) => OPEN.includes(report.status);

export function SentReportsTable({ reports }: { reports: ReportSummary[] }) {
  const { t } = useTranslation("myReports");
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t("sent.label")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("sent.reference")}</Table.Th>
            <Table.Th>{t("sent.type")}</Table.Th>
            <Table.Th>{t("sent.reported")}</Table.Th>
            <Table.Th>{t("sent.status")}</Table.Th>
            <Table.Th>{t("sent.submitted")}</Table.Th>
            <Table.Th>{t("sent.expected")}</Table.Th>
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
                <Text size="sm">{reportTypeTitle(report.type)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {report.targetTitle}
                  {report.targetCount > 1 && t("sent.andMore", { count: report.targetCount - 1 })}
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
