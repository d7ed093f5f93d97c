import type { EnforcementAction } from "../../../contracts/decisions.ts";

export const STRIKE_LIFETIME_DAYS = 365;

/** What the policy does at the n-th live serious strike: freeze the store 1 day, then 7 days, then close it. */
export function seriousStrikeConsequence(
  nth: number,
): { type: "freeze_store"; days: number } | { type: "close_store" } {
  if (nth >= 3) return { type: "close_store" };
  return { type: "freeze_store", days: nth <= 1 ? 1 : 7 };
}

/** The seller's record from its live strikes' severities: counts, and what the next serious strike brings. */
export function strikeStandingOf(liveSeverities: string[]) {
  const liveSerious = liveSeverities.filter((s) => s === "serious").length;
  const next = seriousStrikeConsequence(liveSerious + 1);
  return {
    liveStrikes: liveSeverities.length,
    liveSerious,
    lifetimeDays: STRIKE_LIFETIME_DAYS,
    nextSerious: { type: next.type, days: next.type === "freeze_store" ? next.days : null },
  };
}

/**
 * The strike policy: serious strikes live a year; the 1st freezes the store for a day, the 2nd for a
 * week, the 3rd closes it. Returns the decision's actions with what the policy adds; when the moderator
 * already chose a stronger measure, that one stands.
 */
export function applyStrikePolicy(
  actions: EnforcementAction[],
  activeSeriousStrikes: number,
): EnforcementAction[] {
  const newSerious = actions.filter((a) => a.type === "strike" && a.severity === "serious").length;
  if (newSerious === 0) return actions;
  if (actions.some((a) => a.type === "close_store")) return actions;
  const consequence = seriousStrikeConsequence(activeSeriousStrikes + newSerious);
  if (consequence.type === "close_store")
    return [...actions.filter((a) => a.type !== "freeze_store"), consequence];
  const chosen = actions.find((a) => a.type === "freeze_store");
  if (chosen && chosen.days >= consequence.days) return actions;
  return [...actions.filter((a) => a.type !== "freeze_store"), consequence];
}
