import { Card, Grid, Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { DEPARTMENT_NAMES } from "../../../contracts/report-types.ts";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { formatDateTime, languageName } from "../../ui/format.ts";
import { StatusBadge } from "../../ui/StatusBadge.tsx";
import { ReporterAppealCard } from "../appeals/ReporterAppealCard.tsx";
import { CounterNoticeReplyCard } from "../counter-notices/CounterNoticeReplyCard.tsx";
import { useReportTypes } from "../report-center/report-types.api.ts";
import { EvidenceList } from "./EvidenceList.tsx";
import { InfoRequestCard } from "./InfoRequestCard.tsx";
import { OutcomeCard } from "./OutcomeCard.tsx";
import { ReportDetailsList } from "./ReportDetailsList.tsx";
import { ReportTargetsList } from "./ReportTargetsList.tsx";
import { ReportTimeline } from "./ReportTimeline.tsx";

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** What the seller learns of who reported, as the seller's page shows it. */
function whatTheSellerSees(report: ReportDetail, guest: boolean): string {
  const owner = report.details.rightsOwner;
  if (typeof owner === "string" && ["ip_rights_holder", "copyright"].includes(report.type))
    return `The seller sees the rights owner's name, ${owner}, so that it can answer the complaint.`;
  if (report.discloseIdentity)
    return guest
      ? "You chose to show your email address to the seller."
      : "You chose to show your name to the seller.";
  return "The seller is not told who reported.";
}

// While the moderator waits for the reporter (needs_info), the clock to a decision is paused.
const CLOCK_RUNNING: ReportDetail["status"][] = ["submitted", "in_review"];

/**
 * Everything about one report, for its reporter: where it stands, what was reported, what was sent.
 * `token` is a guest's private token (undefined when signed in), needed to answer a moderator.
 */
export function ReportDetailView({ report, token }: { report: ReportDetail; token?: string }) {
  const types = useReportTypes();
  const type = types.data?.find((t) => t.id === report.type);
  const clockRunning = CLOCK_RUNNING.includes(report.status);

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {report.typeTitle}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 26, sm: 34 }}>
            Report <span style={{ whiteSpace: "nowrap" }}>{report.reference}</span>
          </Title>
          <StatusBadge status={report.status} size="lg" />
        </Group>
        <Text size="sm">
          Submitted {formatDateTime(report.createdAt)} · handled by {DEPARTMENT_NAMES[report.department]}
        </Text>
        {clockRunning && (
          <Text size="sm" fw={500}>
            Expected decision by {formatDateTime(report.expectedDecisionBy)} (within 48 hours).
          </Text>
        )}
      </Stack>
      {report.infoRequest && report.status === "needs_info" && (
        <InfoRequestCard reportId={report.id} token={token} request={report.infoRequest} />
      )}
      {report.counterNotice && (
        <CounterNoticeReplyCard reportId={report.id} token={token} notice={report.counterNotice} />
      )}
      {report.outcome && (
        <OutcomeCard
          outcome={report.outcome}
          reversed={
            report.appeal?.status === "reversed" && (report.appeal.decidedAt ?? "") > report.outcome.decidedAt
          }
        />
      )}
      <ReporterAppealCard report={report} token={token} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Block title="Status">
            <ReportTimeline report={report} />
          </Block>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Block title="What was reported">
              <ReportTargetsList report={report} />
            </Block>
            <Block title="Details">
              <ReportDetailsList type={type} details={report.details} />
            </Block>
            <Block title="Description">
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
                {report.description}
              </Text>
              <Text size="xs" c="dimmed" mt="sm">
                Language detected: {languageName(report.descriptionLanguage)}
              </Text>
            </Block>
            <Block title="Evidence">
              <EvidenceList evidence={report.evidence} />
            </Block>
            <Block title="Contact">
              <Text size="sm">
                Updates go to <strong>{report.contactEmail}</strong>.
              </Text>
              <Text size="sm" c="dimmed" mt={4}>
                {whatTheSellerSees(report, token !== undefined)}
              </Text>
            </Block>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
