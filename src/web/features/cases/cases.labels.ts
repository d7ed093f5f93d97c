import type { CaseStatus } from "../../../contracts/console.ts";

export const CASE_STATUS: Record<CaseStatus, { label: string; color: string }> = {
  open: { label: "Open", color: "blue" },
  needs_info: { label: "Needs information", color: "orange" },
  decided: { label: "Decided", color: "green" },
  closed: { label: "Closed", color: "gray" },
};

const EVENT_LABELS: Record<string, string> = {
  "case.opened": "Case opened",
  "report.attached": "Report added",
  "report.submitted": "Report submitted",
  "case.claimed": "Claimed",
  "case.assigned": "Assigned",
  "case.released": "Released",
  "case.claim_expired": "Claim expired",
  "case.note_added": "Internal note added",
  "case.info_requested": "Reporters asked for more information",
  "case.info_provided": "A reporter answered",
  "case.rerouted": "Moved to another department",
  "case.merged": "Joined another case",
  "case.merged_in": "Another case joined this one",
  "case.decided": "Decided",
  "case.reopened": "Reopened",
  "case.closed": "Closed",
  "case.overdue": "SLA missed",
  "enforcement.applied": "Enforcement applied",
  "statement.created": "Statement of reasons issued",
  "appeal.filed": "Appeal filed",
  "appeal.decided": "Appeal decided",
  "counter_notice.filed": "Counter-notice filed",
  "counter_notice.replied": "Rights holder replied to the counter-notice",
  "counter_notice.reply_time_over": "No reply to the counter-notice in time",
  "counter_notice.decided": "Counter-notice decided",
  "seller.answered": "The seller answered",
  "seller.removed_listing": "The seller removed the listing",
};

/** "case.note_added" → "Internal note added"; an unknown type still reads as words ("Sla warned"). */
export function eventLabel(type: string): string {
  const known = EVENT_LABELS[type];
  if (known) return known;
  const words = (type.split(".").pop() ?? type).replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The rough level of a priority score (severity × 100 + fast lane 50 + reporters, see case-priority). */
export function priorityLevel(priority: number): { label: string; color: string } {
  if (priority >= 300) return { label: "Urgent", color: "red" };
  if (priority >= 200) return { label: "High", color: "orange" };
  return { label: "Normal", color: "gray" };
}
