import i18next from "i18next";
import type { AppealDetail } from "../../../contracts/appeals.ts";
import { describeAction, isHideable, NO_ACTION_REASONS } from "../decisions/decisions.labels.ts";

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

/**
 * Who appealed, in the console's words: the one affected by a hidden rating or message is its author (a
 * buyer, often), not a seller, though the server files both as the affected side.
 */
export function appellantOf(appeal: Pick<AppealDetail, "appellantKind" | "targetKind">) {
  return appeal.appellantKind === "seller" && isHideable(appeal.targetKind) ? "author" : appeal.appellantKind;
}

export const appellantLabel = (appeal: Pick<AppealDetail, "appellantKind" | "targetKind">) =>
  i18next.t(`appeals:appellant.${appellantOf(appeal)}`);

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

/** What reversing the decision under appeal does; an undone hiding shows the rating or message again. */
export function reverseHelp(appeal: Pick<AppealDetail, "decision" | "targetKind">): string {
  if (appeal.decision.outcome === "no_action") return i18next.t("appeals:decide.reverseReopens");
  return isHideable(appeal.targetKind)
    ? i18next.t(`appeals:decide.reverseShown.${appeal.targetKind}`)
    : i18next.t("appeals:decide.reverseActed");
}
