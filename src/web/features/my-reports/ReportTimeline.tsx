import { Text, Timeline } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { ReportDetail, ReportStatus } from "../../../contracts/reports.ts";
import { formatDateTime } from "../../ui/format.ts";
import { CheckIcon, QuestionIcon } from "../../ui/icons.tsx";

/** The usual path of a report; steps not reached yet are shown greyed, so people see what comes next. */
const MAIN_PATH = [
  { status: "submitted", label: "timeline.submitted", pending: "timeline.submittedPending" },
  { status: "in_review", label: "timeline.inReview", pending: "timeline.inReviewPending" },
  { status: "decided", label: "timeline.decided", pending: "timeline.decidedPending" },
] as const satisfies { status: ReportStatus; label: string; pending: string }[];

const RANK: Record<ReportStatus, number> = {
  submitted: 0,
  in_review: 1,
  needs_info: 1,
  decided: 2,
  appealed: 2,
  closed: 2,
};

/** Shorter names than the server's for the steps people look for; the others keep the server's label. */
const LABELS: Record<string, "timeline.infoRequested" | "timeline.decided"> = {
  "report.info_requested": "timeline.infoRequested",
  "report.decided": "timeline.decided",
};

type ReportEvent = ReportDetail["timeline"][number];

function EventNote({ event, report, latest }: { event: ReportEvent; report: ReportDetail; latest: boolean }) {
  const { t } = useTranslation("myReports");
  if (event.type === "report.info_requested" && latest && report.infoRequest)
    return (
      <Text size="xs" c="orange.9" fw={500}>
        {t("timeline.waitingForAnswer", { date: formatDateTime(report.infoRequest.dueAt) })}
      </Text>
    );
  if (event.type === "report.decided" && report.outcome)
    return (
      <Text size="xs" lineClamp={3}>
        {report.outcome.decision === "action_taken" ? t("timeline.actionTaken") : t("timeline.noAction")}
      </Text>
    );
  return null;
}

function pendingNote(
  step: (typeof MAIN_PATH)[number],
  report: ReportDetail,
  t: TFunction<"myReports">,
): string {
  const pending = t(step.pending);
  if (step.status !== "decided") return pending;
  if (report.status === "needs_info") return t("timeline.continuesOnAnswer", { pending });
  return t("timeline.expectedBy", { pending, date: formatDateTime(report.expectedDecisionBy) });
}

export function ReportTimeline({ report }: { report: ReportDetail }) {
  const { t } = useTranslation("myReports");
  const events = [...report.timeline].sort((a, b) => a.at.localeCompare(b.at));
  const reached = Math.max(RANK[report.status], ...events.map((e) => RANK[e.status]));
  const upcoming = MAIN_PATH.filter(
    (step, i) => i > reached && !events.some((e) => e.status === step.status),
  );

  return (
    <Timeline active={events.length - 1} bulletSize={22} lineWidth={2} aria-label={t("timeline.label")}>
      {events.map((event, i) => {
        const asked = event.type === "report.info_requested";
        const shorter = LABELS[event.type];
        return (
          <Timeline.Item
            key={`${event.type}-${event.at}`}
            title={shorter ? t(shorter) : event.label}
            color={asked ? "orange" : undefined}
            bullet={asked ? <QuestionIcon size={14} /> : <CheckIcon size={12} />}
          >
            <Text size="xs" c="dimmed">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            </Text>
            <EventNote event={event} report={report} latest={i === events.length - 1} />
          </Timeline.Item>
        );
      })}
      {upcoming.map((step) => (
        <Timeline.Item key={step.status} title={t(step.label)} c="dimmed">
          <Text size="xs" c="dimmed">
            {t("timeline.notYet", { note: pendingNote(step, report, t) })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
