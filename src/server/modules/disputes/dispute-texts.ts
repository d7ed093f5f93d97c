import type { DisputeOutcome, ResolutionKind } from "../../../contracts/disputes.ts";

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** "3 Dec 2026". */
export const dayText = (at: Date | string) => DAY.format(new Date(at));

/** "3 Dec 14:00 UTC": deadlines are shown to the minute. */
export function momentText(at: Date | string): string {
  const moment = new Date(at);
  return `${DAY_MONTH.format(moment)} ${moment.toISOString().slice(11, 16)} UTC`;
}

/** An amount in minor units as the currency writes it: 2340 EUR → "€23.40", 2650 USD → "$26.50". */
export function moneyText(amountMinor: number, currency: string): string {
  const { format, digits } = formatOf(currency);
  return format.format(amountMinor / 10 ** digits);
}

// Building a number format costs far more than using one: one per currency, kept.
const FORMATS = new Map<string, { format: Intl.NumberFormat; digits: number }>();
function formatOf(currency: string) {
  let known = FORMATS.get(currency);
  if (!known) {
    const format = new Intl.NumberFormat("en-US", { style: "currency", currency });
    known = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
    FORMATS.set(currency, known);
  }
  return known;
}

/** What a proposal or an outcome gives the buyer, in words: "the refund of €23.40". */
export function resolutionText(kind: ResolutionKind | DisputeOutcome, amountMinor: number, currency: string) {
  const money = moneyText(amountMinor, currency);
  switch (kind) {
    case "refund":
      return `the refund of ${money}`;
    case "partial_refund":
      return `the partial refund of ${money}`;
    case "return_and_refund":
      return `the return of the items and the refund of ${money}`;
    case "rejected":
      return "no refund";
  }
}
