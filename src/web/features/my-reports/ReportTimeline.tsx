import { Text, Timeline } from "@mantine/core";
import type { ReportDetail, ReportStatus } from "../../../contracts/reports.ts";
import { formatDateTime } from "../../ui/format.ts";
import { CheckIcon } from "../../ui/icons.tsx";

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

export function ReportTimeline({ report }: { report: ReportDetail }) {
  const events = [...report.timeline].sort((a, b) => a.at.localeCompare(b.at));
  const reached = Math.max(RANK[report.status], ...events.map((e) => RANK[e.status]));
  const upcoming = MAIN_PATH.filter(
    (step, i) => i > reached && !events.some((e) => e.status === step.status),
  );

  return (
    <Timeline active={events.length - 1} bulletSize={22} lineWidth={2} aria-label="Status history">
      {events.map((event) => (
        <Timeline.Item key={`${event.type}-${event.at}`} title={event.label} bullet={<CheckIcon size={12} />}>
          <Text size="xs" c="dimmed">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </Text>
        </Timeline.Item>
      ))}
      {upcoming.map((step) => (
        <Timeline.Item key={step.status} title={step.label} c="dimmed">
          <Text size="xs" c="dimmed">
            Not yet — {step.pending}
            {step.status === "decided" && ` Expected by ${formatDateTime(report.expectedDecisionBy)}.`}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
