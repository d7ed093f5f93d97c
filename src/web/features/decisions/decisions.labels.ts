import i18next from "i18next";
import {
  type EnforcementAction,
  type EnforcementType,
  type NoActionReason,
  NO_ACTION_REASONS as REASON_IDS,
} from "../../../contracts/decisions.ts";
import type { ReportTargetKind } from "../../../contracts/report-targets.ts";
import { countryName } from "../../ui/format.ts";

/** Every enforcement action, in the order the decision dialog offers them. */
const ENFORCEMENT_TYPES: readonly EnforcementType[] = [
  "hide_content",
  "remove_listing",
  "demote_listing",
  "restrict_listing",
  "warn_seller",
  "strike",
  "freeze_store",
  "close_store",
  "freeze_payouts",
];

const LISTING_ONLY = new Set<EnforcementType>(["remove_listing", "demote_listing", "restrict_listing"]);

/** The kinds of target whose content itself can be hidden, each with its own words for it. */
export const HIDEABLE_KINDS = ["feedback", "message"] as const satisfies readonly ReportTargetKind[];
type HideableKind = (typeof HIDEABLE_KINDS)[number];
export const isHideable = (kind: ReportTargetKind | undefined): kind is HideableKind =>
  HIDEABLE_KINDS.some((hideable) => hideable === kind);

/** The action checkboxes of the decision dialog: label and one-line help in the interface language. */
export const ACTIONS = Object.fromEntries(
  ENFORCEMENT_TYPES.map((type) => [
    type,
    {
      get label() {
        return i18next.t(`decisions:actions.${type}.label`);
      },
      get help() {
        return i18next.t(`decisions:actions.${type}.help`);
      },
      listingOnly: LISTING_ONLY.has(type),
    },
  ]),
) as Record<EnforcementType, { readonly label: string; readonly help: string; listingOnly: boolean }>;

export const ACTION_ORDER = Object.keys(ACTIONS) as EnforcementType[];

/** An action's checkbox words for a case's kind of target: hiding says what is hidden. */
export function actionWords(type: EnforcementType, kind: ReportTargetKind) {
  if (type !== "hide_content" || !isHideable(kind)) return ACTIONS[type];
  return {
    label: i18next.t(`decisions:hideContent.${kind}.label`),
    help: i18next.t(`decisions:hideContent.${kind}.help`),
  };
}

const forDays = (days: number | undefined, otherwise = "") =>
  days === undefined ? otherwise : i18next.t("decisions:done.forDays", { count: days });

/** One enforcement action as a sentence, for the decision summary; hiding names what the case is about. */
export function describeAction(action: EnforcementAction, kind?: ReportTargetKind): string {
  switch (action.type) {
    case "hide_content":
      return isHideable(kind)
        ? i18next.t(`decisions:done.hideContent.${kind}`)
        : i18next.t("decisions:done.hide_content");
    case "demote_listing":
    case "freeze_store":
      return i18next.t(`decisions:done.${action.type}`, { forDays: forDays(action.days) });
    case "restrict_listing":
      return i18next.t("decisions:done.restrict_listing", {
        countries: action.territories.map((code) => countryName(code)).join(", "),
        forDays: forDays(action.days),
      });
    case "strike":
      return i18next.t(
        action.severity === "serious" ? "decisions:done.seriousStrike" : "decisions:done.generalStrike",
      );
    case "freeze_payouts":
      return i18next.t("decisions:done.freeze_payouts", {
        forDays: forDays(action.days, i18next.t("decisions:done.untilLifted")),
      });
    default:
      return i18next.t(`decisions:done.${action.type}`);
  }
}

/** Why nothing is done: label and help in the interface language. */
export const NO_ACTION_REASONS = Object.fromEntries(
  REASON_IDS.map((reason) => [
    reason,
    {
      get label() {
        return i18next.t(`decisions:reasons.${reason}.label`);
      },
      get help() {
        return i18next.t(`decisions:reasons.${reason}.help`);
      },
    },
  ]),
) as Record<NoActionReason, { readonly label: string; readonly help: string }>;
