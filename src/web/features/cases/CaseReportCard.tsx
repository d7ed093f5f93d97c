import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import type { z } from "zod";
import type { CaseReport } from "../../../contracts/console.ts";
import { REPORT_TYPES } from "../../../contracts/report-types.ts";
import { formatDateTime, languageName } from "../../ui/format.ts";
import { StatusBadge } from "../../ui/StatusBadge.tsx";
import { ReportDetailsList } from "../my-reports/ReportDetailsList.tsx";
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
  const type = REPORT_TYPES.find((t) => t.id === report.type);
  const headingId = `report-${report.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} padding="md">
      <Stack gap="md">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h5" id={headingId}>
              <span style={{ fontFamily: "var(--mantine-font-family-monospace)" }}>{report.reference}</span>
              {" · "}
              {type?.title ?? report.type}
            </Title>
            <Text size="xs" c="dimmed">
              Submitted <time dateTime={report.createdAt}>{formatDateTime(report.createdAt)}</time>
            </Text>
          </Stack>
          <Group gap={6}>
            {report.source === "trusted_flagger" && (
              <Badge color="grape" variant="filled" size="sm">
                Trusted flagger
              </Badge>
            )}
            <StatusBadge status={report.status} size="sm" />
          </Group>
        </Group>
        <div>
          <SubHeading>Description</SubHeading>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
            {report.description}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            Language: {languageName(report.descriptionLanguage)}
          </Text>
        </div>
        <div>
          <SubHeading>Details</SubHeading>
          <ReportDetailsList type={type} details={report.details} />
        </div>
        <div>
          <SubHeading>Evidence</SubHeading>
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
