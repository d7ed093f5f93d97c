import { Badge, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../contracts/console.ts";
import { CaseReportCard } from "./CaseReportCard.tsx";

/** Every report in the case, oldest first: many reporters, one decision. */
export function CaseReports({ reports, caseId }: { reports: CaseDetail["reports"]; caseId: string }) {
  const { t } = useTranslation("cases");
  const sorted = [...reports].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <Stack component="section" gap="sm" aria-labelledby="reports-heading">
      <Title order={2} size="h4" id="reports-heading">
        {t("page.reports")}{" "}
        <Badge variant="light" color="gray" component="span" style={{ verticalAlign: "middle" }}>
          {reports.length}
        </Badge>
      </Title>
      {sorted.map((report) => (
        <CaseReportCard key={report.id} report={report} caseId={caseId} />
      ))}
    </Stack>
  );
}
