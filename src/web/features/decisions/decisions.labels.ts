import type { EnforcementAction, EnforcementType, NoActionReason } from "../../../contracts/decisions.ts";
import { countryName } from "../../ui/format.ts";

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
