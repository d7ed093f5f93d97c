import i18next from "i18next";
import type { Proposal } from "../../../contracts/disputes.ts";
import { formatMoney } from "./money.ts";

/** What a proposal gives the buyer, e.g. "Partial refund of €20.00": the whole disputed amount unless partial. */
export function proposalSummary(
  proposal: Proposal,
  disputed: { amountMinor: number; currency: string },
): string {
  const amountMinor = proposal.kind === "partial_refund" ? (proposal.amountMinor ?? 0) : disputed.amountMinor;
  const money = formatMoney({ amountMinor, currency: disputed.currency });
  return i18next.t(`disputes:proposal.${proposal.kind}`, { money });
}
