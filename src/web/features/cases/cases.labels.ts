import type { CaseStatus } from "../../../contracts/console.ts";
import type { EnforcementAction, EnforcementType, NoActionReason } from "../../../contracts/decisions.ts";
import { countryName } from "../../ui/format.ts";

export const CASE_STATUS: Record<CaseStatus, { label: string; color: string }> = {
  open: { label: "Open", color: "blue" },
  needs_info: { label: "Needs information", color: "orange" },
  decided: { label: "Decided", color: "green" },
  closed: { label: "Closed", color: "gray" },
};

/** The labels of the action checkboxes in the decision dialog, and their one-line help. */
export const ACTIONS: Record<EnforcementType, { label: string; help: string; listingOnly: boolean }> = {
  remove_listing: {
    label: "Remove the listing",
    help: "Takes the listing off the marketplace everywhere.",
    listingOnly: true,
  },
  demote_listing: {
    label: "Demote the listing",
    help: "Keeps the listing, but ranks it low in search and recommendations.",
    listingOnly: true,
  },
  restrict_listing: {
    label: "Restrict the listing in some countries",
    help: "Hides the listing only where it breaks the law.",
    listingOnly: true,
  },
  warn_seller: { label: "Warn the seller", help: "A formal warning, without a strike.", listingOnly: false },
  strike: {
    label: "Add a strike",
    help: "Strikes live 365 days. Serious strikes freeze the store: 1 day, then 7 days, then it is closed.",
    listingOnly: false,
  },
  freeze_store: {
    label: "Freeze the store",
    help: "The store cannot sell for a number of days.",
    listingOnly: false,
  },
  close_store: {
    label: "Close the store",
    help: "Blocks the seller for good. Use it for the gravest or repeated abuse.",
    listingOnly: false,
  },
  freeze_payouts: {
    label: "Freeze payouts",
    help: "Holds the seller's payouts, for a number of days or until lifted.",
    listingOnly: false,
  },
};

export const ACTION_ORDER = Object.keys(ACTIONS) as EnforcementType[];

const forDays = (days: number | undefined, otherwise = "") =>
  days === undefined ? otherwise : ` for ${days} day${days === 1 ? "" : "s"}`;

/** One enforcement action as a sentence, for the decision summary. */
export function describeAction(action: EnforcementAction): string {
  switch (action.type) {
    case "remove_listing":
      return "Listing removed";
    case "demote_listing":
      return `Listing demoted${forDays(action.days)}`;
    case "restrict_listing":
      return `Listing hidden in ${action.territories.map(countryName).join(", ")}${forDays(action.days)}`;
    case "warn_seller":
      return "Seller warned";
    case "strike":
      return action.severity === "serious" ? "Serious strike added" : "General strike added";
    case "freeze_store":
      return `Store frozen${forDays(action.days)}`;
    case "close_store":
      return "Store closed";
    case "freeze_payouts":
      return `Payouts frozen${forDays(action.days, " until lifted")}`;
  }
}

export const NO_ACTION_REASONS: Record<NoActionReason, { label: string; help: string }> = {
  not_violation: { label: "Not a violation", help: "What was reported does not break the law or our terms." },
  insufficient_evidence: {
    label: "Insufficient evidence",
    help: "It may break the rules, but the evidence does not show it.",
  },
  wrong_category: {
    label: "Wrong category",
    help: "This was reported with the wrong form; the reporter is told which form to use.",
  },
  duplicate: { label: "Duplicate", help: "The same thing is already handled in another case." },
  target_gone: { label: "Target gone", help: "The listing or store no longer exists." },
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
