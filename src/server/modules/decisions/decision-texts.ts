import type { DecideCase, EnforcementAction, NoActionReason } from "../../../contracts/decisions.ts";
import { REPORT_TYPES } from "../../../contracts/report-types.ts";

const ACTION_TEXT: Record<EnforcementAction["type"], (a: EnforcementAction) => string> = {
  remove_listing: () => "the listing was removed",
  demote_listing: (a) =>
    `the listing was demoted in search${"days" in a && a.days ? ` for ${a.days} days` : ""}`,
  restrict_listing: (a) =>
    `the listing was hidden in ${"territories" in a ? a.territories.join(", ") : "some countries"}`,
  warn_seller: () => "the seller was warned",
  strike: (a) => `the seller received a ${"severity" in a ? a.severity : ""} strike`,
  freeze_store: (a) => `the store was frozen for ${"days" in a ? a.days : ""} day(s)`,
  close_store: () => "the store was closed",
  freeze_payouts: () => "the seller's payouts were frozen",
};

export function describeActions(actions: EnforcementAction[]): string {
  return actions.map((a) => ACTION_TEXT[a.type](a)).join("; ");
}

/** The built-in wording per outcome; admins may replace each. `{actions}` stands for what was done. */
export const DEFAULT_OUTCOME_TEXTS: Record<"action_taken" | NoActionReason, string> = {
  action_taken: "We took action: {actions}.",
  not_violation: "We found that it does not break the law or our rules, so we took no action.",
  insufficient_evidence:
    "We could not confirm a violation from the information and evidence we have, so we took no action for now.",
  wrong_category:
    "This kind of problem is handled through another form, so we took no action on this report.",
  duplicate: "This was already reported and decided, so we took no further action.",
  target_gone: "The listing or store is no longer available, so there was nothing left to act on.",
};
export type OutcomeKey = keyof typeof DEFAULT_OUTCOME_TEXTS;
export const OUTCOME_KEYS = Object.keys(DEFAULT_OUTCOME_TEXTS) as OutcomeKey[];

/** What the reporter reads about the outcome: plain words, no internal codes. */
export function outcomeForReporters(
  decision: DecideCase,
  effective: EnforcementAction[],
  overrides: Partial<Record<OutcomeKey, string>> = {},
): string {
  const key: OutcomeKey = decision.outcome === "action_taken" ? "action_taken" : decision.reason;
  const text = (overrides[key] ?? DEFAULT_OUTCOME_TEXTS[key]).replace(
    "{actions}",
    describeActions(effective),
  );
  if (decision.outcome === "no_action" && decision.reason === "wrong_category" && decision.suggestedType) {
    const form = REPORT_TYPES.find((t) => t.id === decision.suggestedType)?.title;
    return `${text} Please use the form "${form}" instead.`;
  }
  return text;
}
