import { Text, Timeline } from "@mantine/core";
import type { ReportDetail, ReportStatus } from "../../../contracts/reports.ts";
import { formatDateTime } from "../../ui/format.ts";
import { CheckIcon, QuestionIcon } from "../../ui/icons.tsx";

/** The usual path of a report; steps not reached yet are shown greyed, so people see what comes next. */
const MAIN_PATH: { status: ReportStatus; label: string; pending: string }[] = [
  { status: "submitted", label: "Report submitted", pending: "Waiting to be received" },
  { status: "in_review", label: "In review", pending: "A moderator will review your report." },
  { status: "decided", label: "Decided", pending: "You will be told the decision and the reasons." },
];

const RANK: Record<ReportStatus, number> = {
  submitted: 0,
  in_review: 1,
  needs_info: 1,
  decided: 2,
  appealed: 2,
  closed: 2,
};

/** Shorter names than the server's for the steps people look for; the others keep the server's label. */
const LABELS: Record<string, string> = {
  "report.info_requested": "More information asked",
  "report.decided": "Decided",
};

type ReportEvent = ReportDetail["timeline"][number];

function EventNote({ event, report, latest }: { event: ReportEvent; report: ReportDetail; latest: boolean }) {
  if (event.type === "report.info_requested" && latest && report.infoRequest)
    return (
      <Text size="xs" c="orange.9" fw={500}>
        Waiting for your answer, by {formatDateTime(report.infoRequest.dueAt)}.
      </Text>
    );
  if (event.type === "report.decided" && report.outcome)
    return (
      <Text size="xs" lineClamp={3}>
        {report.outcome.decision === "action_taken" ? "Action taken." : "No action taken."}
      </Text>
    );
  return null;
}

function pendingNote(step: (typeof MAIN_PATH)[number], report: ReportDetail): string {
  if (step.status !== "decided") return step.pending;
  if (report.status === "needs_info") return `${step.pending} The review continues once you answer.`;
  return `${step.pending} Expected by ${formatDateTime(report.expectedDecisionBy)}.`;
}

export function ReportTimeline({ report }: { report: ReportDetail }) {
  const events = [...report.timeline].sort((a, b) => a.at.localeCompare(b.at));
  const reached = Math.max(RANK[report.status], ...events.map((e) => RANK[e.status]));
  const upcoming = MAIN_PATH.filter(
    (step, i) => i > reached && !events.some((e) => e.status === step.status),
  );

  return (
    <Timeline active={events.length - 1} bulletSize={22} lineWidth={2} aria-label="Status history">
      {events.map((event, i) => {
        const asked = event.type === "report.info_requested";
        return (
          <Timeline.Item
            key={`${event.type}-${event.at}`}
            title={LABELS[event.type] ?? event.label}
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
        <Timeline.Item key={step.status} title={step.label} c="dimmed">
          <Text size="xs" c="dimmed">
            Not yet — {pendingNote(step, report)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
