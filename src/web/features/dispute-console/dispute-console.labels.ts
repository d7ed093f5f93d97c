import i18next from "i18next";
import type { ConsoleDispute, RulingOutcome } from "../../../contracts/disputes.ts";
import { formatMoney } from "../disputes/money.ts";

type Outcome = (typeof RulingOutcome.options)[number];
type Who = ConsoleDispute["timeline"][number]["by"] | ConsoleDispute["next"]["who"];

/** Each outcome as the mediator chooses it, with what it sets in motion. */
export function outcomeChoices(disputed: ConsoleDispute["disputed"]) {
  const money = formatMoney(disputed);
  return [
    {
      value: "refund",
      label: i18next.t("disputeConsole:choices.refund", { money }),
      description: i18next.t("disputeConsole:choices.refundHelp"),
    },
    {
      value: "partial_refund",
      label: i18next.t("disputeConsole:choices.partial"),
      description: i18next.t("disputeConsole:choices.partialHelp", { money }),
    },
    {
      value: "return_and_refund",
      label: i18next.t("disputeConsole:choices.returnRefund", { money }),
      description: i18next.t("disputeConsole:choices.returnRefundHelp"),
    },
    {
      value: "rejected",
      label: i18next.t("disputeConsole:choices.reject"),
      description: i18next.t("disputeConsole:choices.rejectHelp"),
    },
  ] as const satisfies readonly { value: Outcome; label: string; description: string }[];
}

/** An outcome's name in the interface language. */
export const outcomeName = (outcome: Outcome) => i18next.t(`disputeConsole:outcomes.${outcome}`);

/** Who did something or must act, by name where the dispute gives one. */
export function partyName(who: Who, dispute: Pick<ConsoleDispute, "buyerName" | "sellerName">): string {
  switch (who) {
    case "buyer":
      return i18next.t("disputeConsole:party.buyer", { name: dispute.buyerName });
    case "seller":
      return dispute.sellerName
        ? i18next.t("disputeConsole:party.seller", { name: dispute.sellerName })
        : i18next.t("disputeConsole:party.theSeller");
    default:
      return i18next.t(`disputeConsole:party.${who}`);
  }
}
