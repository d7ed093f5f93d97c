import { Card, Grid, Group, Stack, Text, Title } from "@mantine/core";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import type { ReportDetail } from "../../../contracts/reports.ts";
import { formatDateTime, languageName } from "../../ui/format.ts";
import { StatusBadge } from "../../ui/StatusBadge.tsx";
import { departmentName } from "../../ui/target-kinds.ts";
import { ReporterAppealCard } from "../appeals/ReporterAppealCard.tsx";
import { CounterNoticeReplyCard } from "../counter-notices/CounterNoticeReplyCard.tsx";
import { useReportTypes } from "../report-center/report-types.api.ts";
import { EvidenceList } from "./EvidenceList.tsx";
import { InfoRequestCard } from "./InfoRequestCard.tsx";
import { OutcomeCard } from "./OutcomeCard.tsx";
import { ReportDetailsList } from "./ReportDetailsList.tsx";
import { ReportTargetsList } from "./ReportTargetsList.tsx";
import { ReportTimeline } from "./ReportTimeline.tsx";
import { reportTypeOf, reportTypeTitle } from "./received.labels.ts";

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
function whatTheSellerSees(report: ReportDetail, guest: boolean, t: TFunction<"myReports">): string {
  const owner = report.details.rightsOwner;
  if (typeof owner === "string" && ["ip_rights_holder", "copyright"].includes(report.type))
    return t("report.sellerSeesOwner", { owner });
  if (report.discloseIdentity) return guest ? t("report.sellerSeesEmail") : t("report.sellerSeesName");
  // A rating's author is a buyer: it, not the store's seller, receives the decision.
  return report.targets.some((target) => target.kind === "feedback")
    ? t("report.authorNotTold")
    : t("report.sellerNotTold");
}

// While the moderator waits for the reporter (needs_info), the clock to a decision is paused.
const CLOCK_RUNNING: ReportDetail["status"][] = ["submitted", "in_review"];

/**
 * Everything about one report, for its reporter: where it stands, what was reported, what was sent.
 * `token` is a guest's private token (undefined when signed in), needed to answer a moderator.
 */
export function ReportDetailView({ report, token }: { report: ReportDetail; token?: string }) {
  const { t } = useTranslation("myReports");
  const types = useReportTypes();
  // The API lists the types one can file from a form; the others (an abusive rating) are known here.
  const type = types.data?.find((t) => t.id === report.type) ?? reportTypeOf(report.type);
  const clockRunning = CLOCK_RUNNING.includes(report.status);

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {reportTypeTitle(report.type)}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1} fz={{ base: 26, sm: 34 }}>
            <Trans
              t={t}
              i18nKey="report.heading"
              values={{ reference: report.reference }}
              components={{ nowrap: <span style={{ whiteSpace: "nowrap" }} /> }}
            />
          </Title>
          <StatusBadge status={report.status} size="lg" />
        </Group>
        <Text size="sm">
          {t("report.submitted", {
            date: formatDateTime(report.createdAt),
            department: departmentName(report.department),
          })}
        </Text>
        {clockRunning && (
          <Text size="sm" fw={500}>
            {t("report.expected", { date: formatDateTime(report.expectedDecisionBy) })}
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
          <Block title={t("report.status")}>
            <ReportTimeline report={report} />
          </Block>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Block title={t("report.whatWasReported")}>
              <ReportTargetsList report={report} />
            </Block>
            <Block title={t("report.details")}>
              <ReportDetailsList type={type} details={report.details} />
            </Block>
            <Block title={t("report.description")}>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }} className="break-anywhere">
                {report.description}
              </Text>
              <Text size="xs" c="dimmed" mt="sm">
                {t("report.languageDetected", { language: languageName(report.descriptionLanguage) })}
              </Text>
            </Block>
            <Block title={t("report.evidence")}>
              <EvidenceList evidence={report.evidence} />
            </Block>
            <Block title={t("report.contact")}>
              <Text size="sm">
                <Trans
                  t={t}
                  i18nKey="report.updatesGoTo"
                  values={{ email: report.contactEmail }}
                  components={{ strong: <strong /> }}
                />
              </Text>
              <Text size="sm" c="dimmed" mt={4}>
                {whatTheSellerSees(report, token !== undefined, t)}
              </Text>
            </Block>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
