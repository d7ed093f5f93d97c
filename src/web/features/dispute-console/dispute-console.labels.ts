import type { ConsoleDispute, RulingOutcome } from "../../../contracts/disputes.ts";
import { formatMoney } from "../disputes/money.ts";

type Outcome = (typeof RulingOutcome.options)[number];
type Who = ConsoleDispute["timeline"][number]["by"] | ConsoleDispute["next"]["who"];

/** Each outcome as the mediator chooses it, with what it sets in motion. */
export function outcomeChoices(disputed: ConsoleDispute["disputed"]) {
  const all = formatMoney(disputed);
  return [
    {
      value: "refund",
      label: `Full refund of ${all}`,
      description: "The buyer keeps the items and gets back all that was paid for them.",
    },
    {
      value: "partial_refund",
      label: "Partial refund",
      description: `The buyer keeps the items and gets back the amount you set, at most ${all}.`,
    },
    {
      value: "return_and_refund",
      label: `Return and refund of ${all}`,
      description:
        "The buyer ships the items back within 10 days; the seller refunds within 2 business days of delivery.",
    },
    { value: "rejected", label: "Reject the dispute", description: "Nothing is refunded." },
  ] as const satisfies readonly { value: Outcome; label: string; description: string }[];
}

export const OUTCOME_NAMES: Record<Outcome, string> = {
  refund: "Full refund",
  partial_refund: "Partial refund",
  return_and_refund: "Return and refund",
  rejected: "Rejected",
};

/** Who did something or must act, by name where the dispute gives one. */
export function partyName(who: Who, dispute: Pick<ConsoleDispute, "buyerName" | "sellerName">): string {
  switch (who) {
    case "buyer":
      return `${dispute.buyerName} (buyer)`;
    case "seller":
      return dispute.sellerName ? `${dispute.sellerName} (seller)` : "The seller";
    case "platform":
      return "The platform";
    case "system":
      return "Redress";
    case "nobody":
      return "Nobody";
  }
}
