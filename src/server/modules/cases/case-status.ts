import type { CaseStatus } from "../../../contracts/console.ts";

/**
 * A case's status follows from its events, like a report's (`report-status.ts`): each event type may
 * happen only in some statuses and moves the case to one status (or leaves it where it is). The status
 * column is written with the event, by a conditional update that names the statuses the event may
 * happen in, so that of two racing requests exactly one moves the case.
 */
const WORKABLE: CaseStatus[] = ["open", "needs_info"];
const LIVE: CaseStatus[] = ["open", "needs_info", "decided"];

interface Transition {
  from: CaseStatus[];
  /** Where the case goes; "stays" for events that record work without moving it. */
  to: CaseStatus | "stays";
}

const TRANSITIONS = {
  "case.opened": { from: [], to: "open" },
  "report.attached": { from: WORKABLE, to: "stays" },
  "case.claimed": { from: WORKABLE, to: "stays" },
  "case.assigned": { from: WORKABLE, to: "stays" },
  "case.released": { from: WORKABLE, to: "stays" },
  "case.info_requested": { from: ["open"], to: "needs_info" },
  "case.info_provided": { from: ["needs_info"], to: "open" },
  "case.rerouted": { from: WORKABLE, to: "stays" },
  "case.merged": { from: WORKABLE, to: "closed" },
  "case.merged_in": { from: WORKABLE, to: "stays" },
  "case.decided": { from: WORKABLE, to: "decided" },
  "case.reopened": { from: ["decided"], to: "open" },
  "seller.answered": { from: LIVE, to: "stays" },
  "seller.removed_listing": { from: LIVE, to: "stays" },
  "appeal.filed": { from: ["decided"], to: "stays" },
  // A later appeal of a decision an earlier one reversed is still answered, on the reopened case.
  "appeal.decided": { from: LIVE, to: "stays" },
  "counter_notice.filed": { from: ["decided"], to: "stays" },
  "counter_notice.replied": { from: ["decided"], to: "stays" },
  "counter_notice.reply_time_over": { from: ["decided"], to: "stays" },
  "counter_notice.decided": { from: ["decided"], to: "stays" },
} satisfies Record<string, Transition>;

export type CaseEventType = keyof typeof TRANSITIONS;

export const CASE_EVENT_TYPES = Object.keys(TRANSITIONS) as CaseEventType[];

/** The statuses in which `event` may happen. */
export function statusesBefore(event: CaseEventType): CaseStatus[] {
  return TRANSITIONS[event].from;
}

/** The status `event` moves a case to, or null for an event that leaves the case where it is. */
export function statusMovedTo(event: CaseEventType): CaseStatus | null {
  const { to } = TRANSITIONS[event] as Transition;
  return to === "stays" ? null : to;
}

/** The status after `event` in `current`, or null when the event may not happen there. */
export function caseStatusAfter(current: CaseStatus | null, event: CaseEventType): CaseStatus | null {
  const { from, to } = TRANSITIONS[event] as Transition;
  if (current === null) return from.length === 0 && to !== "stays" ? to : null;
  if (!from.includes(current)) return null;
  return to === "stays" ? current : to;
}
