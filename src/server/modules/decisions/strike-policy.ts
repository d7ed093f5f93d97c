import type { EnforcementAction } from "../../../contracts/decisions.ts";

export const STRIKE_LIFETIME_DAYS = 365;

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
  const total = activeSeriousStrikes + newSerious;
  if (actions.some((a) => a.type === "close_store")) return actions;
  if (total >= 3) return [...actions.filter((a) => a.type !== "freeze_store"), { type: "close_store" }];
  const days = total === 1 ? 1 : 7;
  const chosen = actions.find((a) => a.type === "freeze_store");
  if (chosen && chosen.days >= days) return actions;
  return [...actions.filter((a) => a.type !== "freeze_store"), { type: "freeze_store", days }];
}
