import type { ReportStatus } from "../../../contracts/reports.ts";
import type { ReportEventType } from "./reports.events.ts";

/**
 * A report's status is derived from its events: each event type moves it to one status. The status
 * column is this function's result, written in the same transaction as the event.
 */
const EVENT_STATUS: Record<ReportEventType, { status: ReportStatus; label: string }> = {
  "report.submitted": { status: "submitted", label: "Report submitted" },
  "report.review_started": { status: "in_review", label: "A moderator is reviewing the report" },
  "report.info_requested": { status: "needs_info", label: "More information was asked of you" },
  "report.info_provided": { status: "in_review", label: "You sent more information" },
  "report.rerouted": { status: "in_review", label: "Moved to the right team" },
  // Moved while the moderator waits for the reporter's answer: it keeps waiting.
  "report.rerouted_waiting": { status: "needs_info", label: "Moved to the right team" },
  "report.decided": { status: "decided", label: "Decision made" },
  "report.appealed": { status: "appealed", label: "Appeal filed" },
  "report.appeal_upheld": { status: "decided", label: "Appeal decided: the decision stands" },
  "report.reopened": { status: "in_review", label: "Reopened after your appeal" },
  "report.decision_reversed": { status: "decided", label: "The decision was reversed on appeal" },
  "report.closed": { status: "closed", label: "Closed" },
  // A guest's second report of the same thing: kept, and closed at once in favour of the first.
  "report.closed_duplicate": {
    status: "closed",
    label: "Closed: a duplicate of your earlier report (we emailed you its link)",
  },
};

/** Looked up by any text, since stored rows and callers name events by text. */
const ENTRY_OF: Partial<Record<string, { status: ReportStatus; label: string }>> = EVENT_STATUS;

export function statusAfter(eventType: string): ReportStatus {
  const entry = ENTRY_OF[eventType];
  if (!entry) throw new Error(`unknown report event ${eventType}`);
  return entry.status;
}

export function labelOf(eventType: string): string {
  return ENTRY_OF[eventType]?.label ?? eventType;
}

/** Reports in these states still await a decision: a second report of the same thing is refused. */
export const OPEN_REPORT_STATUSES: ReportStatus[] = ["submitted", "in_review", "needs_info"];
