import { type Proposal, RESOLUTION_LABELS } from "../../../contracts/disputes.ts";
import { formatMoney } from "./money.ts";

/** What a proposal gives the buyer, e.g. "Partial refund of €20.00": the whole disputed amount unless partial. */
export function proposalSummary(
  proposal: Proposal,
  disputed: { amountMinor: number; currency: string },
): string {
  const amountMinor = proposal.kind === "partial_refund" ? (proposal.amountMinor ?? 0) : disputed.amountMinor;
  const money = formatMoney({ amountMinor, currency: disputed.currency });
  switch (proposal.kind) {
    case "refund":
      return `Refund of ${money} (keep the items)`;
    case "partial_refund":
      return `Partial refund of ${money} (keep the items)`;
    case "return_and_refund":
      return `Return the items for a refund of ${money}`;
    default:
      return RESOLUTION_LABELS[proposal.kind];
  }
}
