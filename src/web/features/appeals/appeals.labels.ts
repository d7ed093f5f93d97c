import i18next from "i18next";
import type { AppealDetail } from "../../../contracts/appeals.ts";
import { describeAction, NO_ACTION_REASONS } from "../decisions/decisions.labels.ts";

const STATUS_COLORS: Record<AppealDetail["status"], string> = {
  pending: "grape",
  upheld: "gray",
  reversed: "green",
};

/** Where an appeal stands in the console, in the interface language. */
export const appealStatus = (status: AppealDetail["status"]) => ({
  label: i18next.t(`appeals:status.${status}`),
  color: STATUS_COLORS[status],
});

export const appellantLabel = (kind: AppealDetail["appellantKind"]) => i18next.t(`appeals:appellant.${kind}`);

/**
 * "No action — Not a violation", or "Action taken — Listing removed, Serious strike added"; hiding names
 * what the case is about ("Rating hidden").
 */
export function decisionLine(decision: AppealDetail["decision"], kind?: AppealDetail["targetKind"]): string {
  if (decision.outcome === "no_action")
    return decision.reason
      ? i18next.t("appeals:noActionWith", { reason: NO_ACTION_REASONS[decision.reason].label })
      : i18next.t("appeals:noAction");
  const actions = decision.actions.map((action) => describeAction(action, kind)).join(", ");
  return actions ? i18next.t("appeals:actionTakenWith", { actions }) : i18next.t("appeals:actionTaken");
}
