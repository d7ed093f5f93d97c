import i18next from "i18next";
import type {
  DisputeReason,
  DisputeStatus,
  NextStep,
  ResolutionKind,
  Side,
} from "../../../contracts/disputes.ts";
import { isOneOf } from "../../ui/one-of.ts";

export const DISPUTE_STATUS_COLORS: Record<DisputeStatus, string> = {
  awaiting_seller: "yellow",
  awaiting_buyer: "orange",
  escalated: "grape",
  awaiting_evidence: "orange",
  awaiting_return: "blue",
  return_shipped: "blue",
  appealed: "grape",
  withdrawn: "gray",
  resolved: "green",
};

const ORDER_STATUSES = ["paid", "shipped", "delivered", "completed", "cancelled"] as const;

/** The order's state as the shop records it, in words; a state the web does not know, as the shop says it. */
export const orderStatusLabel = (status: string) =>
  isOneOf(ORDER_STATUSES, status)
    ? i18next.t(`disputes:orderStatus.${status}`)
    : status.charAt(0).toUpperCase() + status.slice(1).replaceAll("_", " ");

// The names of the contract's values, in the interface language (called during render).
export const disputeStatusLabel = (status: DisputeStatus) => i18next.t(`disputes:status.${status}`);
export const disputeReasonLabel = (reason: DisputeReason) => i18next.t(`disputes:reason.${reason}`);
export const resolutionLabel = (kind: ResolutionKind) => i18next.t(`disputes:resolution.${kind}`);

export const ORDER_STATUS_COLORS: Record<string, string> = {
  paid: "gray",
  shipped: "blue",
  delivered: "green",
  completed: "gray",
};

type Who = NextStep["who"] | "system";

/** Who acts, from where the reader stands: "You" for their own side, "The seller" for the other. */
export function whoName(who: Who, role: Side): string {
  return who === role ? i18next.t("disputes:who.you") : i18next.t(`disputes:who.${who}`);
}
