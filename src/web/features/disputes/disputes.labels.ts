import type { DisputeStatus, NextStep, Side } from "../../../contracts/disputes.ts";

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

/** The order's state as the shop records it, in words. */
const ORDER_STATUS_LABELS: Record<string, string> = {
  paid: "Paid, not shipped yet",
  shipped: "Shipped",
  delivered: "Delivered",
  completed: "Completed",
  cancelled: "Cancelled",
};

export const orderStatusLabel = (status: string) =>
  ORDER_STATUS_LABELS[status] ?? status.charAt(0).toUpperCase() + status.slice(1).replaceAll("_", " ");

export const ORDER_STATUS_COLORS: Record<string, string> = {
  paid: "gray",
  shipped: "blue",
  delivered: "green",
  completed: "gray",
};

export const SIDE_NAMES: Record<Side, string> = { buyer: "Buyer", seller: "Seller" };

type Who = NextStep["who"] | "system";

/** Who acts, from where the reader stands: "You" for their own side, "The seller" for the other. */
export function whoName(who: Who, role: Side): string {
  if (who === role) return "You";
  switch (who) {
    case "buyer":
      return "The buyer";
    case "seller":
      return "The seller";
    case "platform":
      return "The platform";
    case "system":
      return "Redress";
    case "nobody":
      return "Nobody";
  }
}
