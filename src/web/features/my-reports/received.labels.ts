import i18next from "i18next";
import type { CaseStatus } from "../../../contracts/console.ts";
import type { EnforcementAction } from "../../../contracts/decisions.ts";
import type { ReceivedComplaint } from "../../../contracts/received.ts";
import type { ReportTargetKind } from "../../../contracts/report-targets.ts";
import { REPORT_TYPES, type ReportTypeInfo } from "../../../contracts/report-types.ts";
import { countryName, formatDate } from "../../ui/format.ts";
import { isHideable } from "../decisions/decisions.labels.ts";

/** A complaint case as the seller sees it: nothing about queues or moderators. */
export const caseStatusLabel = (status: CaseStatus) => i18next.t(`myReports:caseStatus.${status}`);

export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  open: "yellow",
  needs_info: "orange",
  decided: "green",
  closed: "gray",
};

export function reportTypeOf(id: string): ReportTypeInfo | undefined {
  return REPORT_TYPES.find((t) => t.id === id);
}

/** A report type's title in the interface language; a type the web does not know, by its id. */
export function reportTypeTitle(id: string): string {
  const type = reportTypeOf(id);
  return type ? i18next.t(`reportCenter:types.${type.id}.title`) : id;
}

const days = (count: number) => i18next.t("myReports:days", { count });
const forDays = (count: number | undefined) => (count ? i18next.t("myReports:forDays", { count }) : "");

function countries(codes: string[]): string {
  return codes.map((code) => countryName(code)).join(", ");
}

/** One enforcement action in plain words, e.g. "store frozen 1 day"; hiding names what was hidden. */
export function describeAction(action: EnforcementAction, kind?: ReportTargetKind): string {
  switch (action.type) {
    case "hide_content":
      return isHideable(kind)
        ? i18next.t(`myReports:action.hideContent.${kind}`)
        : i18next.t("myReports:action.hide_content");
    case "demote_listing":
    case "freeze_payouts":
      return i18next.t(`myReports:action.${action.type}`, { forDays: forDays(action.days) });
    case "restrict_listing":
      return i18next.t("myReports:action.restrict_listing", {
        countries: countries(action.territories),
        forDays: forDays(action.days),
      });
    case "strike":
      return i18next.t(
        action.severity === "serious" ? "myReports:action.seriousStrike" : "myReports:action.strike",
      );
    case "freeze_store":
      return i18next.t("myReports:action.freeze_store", { days: days(action.days) });
    default:
      return i18next.t(`myReports:action.${action.type}`);
  }
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Listing removed, serious strike, store frozen 1 day" — or what no action means. */
export function decisionSummary(
  decision: { outcome: "action_taken" | "no_action"; actions: EnforcementAction[] } | null,
  kind?: ReportTargetKind,
): string {
  if (!decision) return i18next.t("myReports:notDecided");
  if (decision.outcome === "no_action" || decision.actions.length === 0)
    return i18next.t("myReports:noAction");
  return capitalize(decision.actions.map((action) => describeAction(action, kind)).join(", "));
}

type Titled = Pick<ReceivedComplaint, "targetTitle" | "rating">;

/**
 * What a received complaint is about, as its heading: a rating in the reader's language
 * ("Your rating of “Earbuds” (4 Dec 2026)"); anything else by the title the case keeps.
 */
export function complaintTitle({ targetTitle, rating }: Titled): string {
  if (!rating) return targetTitle;
  return i18next.t("myReports:complaint.ratingTitle", {
    item: rating.itemTitle,
    date: formatDate(rating.ratedAt),
  });
}

/** The browser tab's title for one received complaint. */
export function complaintPageTitle({ targetTitle, rating }: Titled): string {
  return rating
    ? i18next.t("myReports:complaint.pageTitleOfRating", { item: rating.itemTitle })
    : i18next.t("myReports:complaint.pageTitleOf", { title: targetTitle });
}
