import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { Trans, useTranslation } from "react-i18next";
import type { z } from "zod";
import type { CaseReport } from "../../../contracts/console.ts";
import { REPORT_TYPES } from "../../../contracts/report-types.ts";
import { formatDateTime, languageName } from "../../ui/format.ts";
import { StatusBadge } from "../../ui/StatusBadge.tsx";
import { ReportDetailsList } from "../my-reports/ReportDetailsList.tsx";
import { reportTypeTitle } from "../my-reports/received.labels.ts";
import { EvidenceGallery } from "./EvidenceGallery.tsx";
import { MarkUnfoundedButton } from "./MarkUnfoundedButton.tsx";
import { ReporterBlock } from "./ReporterBlock.tsx";

type Report = z.infer<typeof CaseReport>;

function SubHeading({ children }: { children: string }) {
  return (
    <Title order={4} size="sm" mb={4}>
      {children}
    </Title>
  );
}

/** One report of the case: what the reporter said, its details and files, and who the reporter is. */
export function CaseReportCard({ report, caseId }: { report: Report; caseId: string }) {
  const { t } = useTranslation("cases");
  const type = REPORT_TYPES.find((candidate) => candidate.id === report.type);
  const headingId = `report-${report.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} padding="md">
      <Stack gap="md">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h5" id={headingId}>
              <span style={{ fontFamily: "var(--mantine-font-family-monospace)" }}>{report.reference}</span>
              {" · "}
              {reportTypeTitle(report.type)}
            </Title>
            <Text size="xs" c="dimmed">
              <Trans
                t={t}
                i18nKey="report.submitted"
                values={{ date: formatDateTime(report.createdAt) }}
                components={{ time: <time dateTime={report.createdAt} /> }}
              />
            </Text>
          </Stack>
          <Group gap={6}>
            {report.source === "trusted_flagger" && (
              <Badge color="grape" variant="filled" size="sm">
                {t("report.trustedFlagger")}
              </Badge>
            )}
            <StatusBadge status={report.status} size="sm" />
          </Group>
        </Group>
        <div>
          <SubHeading>{t("report.description")}</SubHeading>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {report.description}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {t("report.language", { language: languageName(report.descriptionLanguage) })}
          </Text>
        </div>
        <div>
          <SubHeading>{t("report.details")}</SubHeading>
          <ReportDetailsList type={type} details={report.details} />
        </div>
        <div>
          <SubHeading>{t("report.evidence")}</SubHeading>
          <EvidenceGallery evidence={report.evidence} />
        </div>
        <ReporterBlock reporter={report.reporter} reference={report.reference} />
        <Group justify="flex-end">
          <MarkUnfoundedButton
            reportId={report.id}
            reference={report.reference}
            caseId={caseId}
            marked={report.markedUnfounded}
          />
        </Group>
      </Stack>
    </Card>
  );
}
