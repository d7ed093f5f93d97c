import type { DecideCase, EnforcementAction, NoActionReason } from "../../../contracts/decisions.ts";
import type { StrikeStanding } from "../../../contracts/received.ts";
import { REPORT_TYPES } from "../../../contracts/report-types.ts";

const ACTION_TEXT: Record<EnforcementAction["type"], (a: EnforcementAction) => string> = {
  remove_listing: () => "the listing was removed",
  hide_content: () => "it was hidden",
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

/**
 * What a reporter learns of the measures: what happened to the listing or store it reported, not the
 * seller's sanctions in detail (strikes, payout freezes, warnings, how long a freeze lasts).
 */
export function describeForReporters(actions: EnforcementAction[], targetKind: string): string {
  const seen: string[] = [];
  for (const a of actions) {
    if (a.type === "hide_content")
      seen.push(`the ${targetKind === "feedback" ? "rating" : targetKind} was hidden`);
    else if (a.type === "remove_listing" || a.type === "demote_listing" || a.type === "restrict_listing") {
      seen.push(a.type === "demote_listing" ? "the listing was demoted in search" : ACTION_TEXT[a.type](a));
    } else if (a.type === "close_store") seen.push("the store was closed");
    else if (a.type === "freeze_store" && targetKind === "store")
      seen.push("the store was suspended for a time");
  }
  const unique = [...new Set(seen)];
  return unique.length > 0 ? unique.join("; ") : "the seller faces measures under our rules";
}

const isoDay = (iso: string) => iso.slice(0, 10);

/** What a seller is told of the strikes a decision gave: their kind, their end, its record, the next step. */
export function describeStrikesForSeller(
  strikes: { severity: string; expiresAt: string }[],
  standing: StrikeStanding,
) {
  if (strikes.length === 0) return "";
  const given = strikes
    .map((s) => `a ${s.severity} strike, which counts until ${isoDay(s.expiresAt)}`)
    .join(" and ");
  const next =
    standing.nextSerious.type === "close_store"
      ? "would close your store"
      : `would freeze your store for ${standing.nextSerious.days} day${standing.nextSerious.days === 1 ? "" : "s"}`;
  return [
    `Strike: this decision gives your store ${given} (strikes count for ${standing.lifetimeDays} days).`,
    `You now have ${standing.liveStrikes} live strike${standing.liveStrikes === 1 ? "" : "s"}, ${standing.liveSerious} of them serious.`,
    `Under our strike policy, your next serious strike ${next}.`,
  ].join(" ");
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
  targetKind = "listing",
): string {
  const key: OutcomeKey = decision.outcome === "action_taken" ? "action_taken" : decision.reason;
  const text = (overrides[key] ?? DEFAULT_OUTCOME_TEXTS[key]).replace(
    "{actions}",
    describeForReporters(effective, targetKind),
  );
  if (decision.outcome === "no_action" && decision.reason === "wrong_category" && decision.suggestedType) {
    const form = REPORT_TYPES.find((t) => t.id === decision.suggestedType)?.title;
    return `${text} Please use the form "${form}" instead.`;
  }
  return text;
}
