import i18next from "i18next";
import { interfaceLocale } from "../../ui/locale.ts";

/** How many digits a currency writes after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD. */
export function fractionDigitsOf(currency: string): number {
  try {
    return (
      new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** An amount in minor units as the interface language writes it: 2340 EUR → "€23.40". */
export function formatMoney({ amountMinor, currency }: { amountMinor: number; currency: string }): string {
  const amount = amountMinor / 10 ** fractionDigitsOf(currency);
  try {
    return new Intl.NumberFormat(interfaceLocale(), { style: "currency", currency }).format(amount);
  } catch {
    return `${amount.toFixed(fractionDigitsOf(currency))} ${currency}`;
  }
}

/** Minor units as a person types them back: 2340 EUR → "23.40" (for a field's starting value). */
export function minorToInput(amountMinor: number, currency: string): string {
  const digits = fractionDigitsOf(currency);
  return (amountMinor / 10 ** digits).toFixed(digits);
}

export type ParsedAmount = { ok: true; minor: number } | { ok: false; message: string };

/**
 * What a person typed ("12.50", "12,50", "12") in minor units of the currency. A comma is read as the
 * decimal mark, since many people write amounts that way; thousands separators are not accepted.
 */
export function parseAmount(text: string, currency: string): ParsedAmount {
  const digits = fractionDigitsOf(currency);
  const cleaned = text.trim().replace(",", ".");
  if (cleaned === "") return { ok: false, message: i18next.t("disputes:amount.missing") };
  const pattern = digits > 0 ? new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`) : /^\d+$/;
  if (!pattern.test(cleaned))
    return {
      ok: false,
      message:
        digits > 0
          ? i18next.t("disputes:amount.format", { example: (12.5).toFixed(digits), digits })
          : i18next.t("disputes:amount.whole"),
    };
  const [whole = "0", fraction = ""] = cleaned.split(".");
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  if (minor <= 0) return { ok: false, message: i18next.t("disputes:amount.positive") };
  return { ok: true, minor };
}
