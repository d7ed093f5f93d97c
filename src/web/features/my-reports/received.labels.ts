import type { CaseStatus } from "../../../contracts/console.ts";
import type { EnforcementAction } from "../../../contracts/decisions.ts";
import { REPORT_TYPES, type ReportTypeInfo } from "../../../contracts/report-types.ts";
import { countryName } from "../../ui/format.ts";

/** A complaint case as the seller sees it: nothing about queues or moderators. */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: "Under review",
  needs_info: "Waiting for information",
  decided: "Decided",
  closed: "Closed",
};

export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  open: "yellow",
  needs_info: "orange",
  decided: "green",
  closed: "gray",
};

export function reportTypeOf(id: string): ReportTypeInfo | undefined {
  return REPORT_TYPES.find((t) => t.id === id);
}

export const reportTypeTitle = (id: string) => reportTypeOf(id)?.title ?? id;

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;
const forDays = (n: number | undefined) => (n ? ` for ${days(n)}` : "");

function countries(codes: string[]): string {
  return codes.map(countryName).join(", ");
}

/** One enforcement action in plain words, e.g. "store frozen 1 day". */
export function describeAction(action: EnforcementAction): string {
  switch (action.type) {
    case "remove_listing":
      return "listing removed";
    case "demote_listing":
      return `listing shown lower in search${forDays(action.days)}`;
    case "restrict_listing":
      return `listing hidden in ${countries(action.territories)}${forDays(action.days)}`;
    case "warn_seller":
      return "warning";
    case "strike":
      return action.severity === "serious" ? "serious strike" : "strike";
    case "freeze_store":
      return `store frozen ${days(action.days)}`;
    case "close_store":
      return "store closed";
    case "freeze_payouts":
      return `payouts frozen${forDays(action.days)}`;
  }
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Listing removed, serious strike, store frozen 1 day" — or what no action means. */
export function decisionSummary(
  decision: { outcome: "action_taken" | "no_action"; actions: EnforcementAction[] } | null,
): string {
  if (!decision) return "Not decided yet";
  if (decision.outcome === "no_action" || decision.actions.length === 0) return "No action taken";
  return capitalize(decision.actions.map(describeAction).join(", "));
}
