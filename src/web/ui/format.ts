import i18next from "i18next";
import { interfaceLocale } from "./locale.ts";

const fractionDigitsCache = new Map<string, number>();

function fractionDigitsOf(currency: string): number {
  let digits = fractionDigitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    fractionDigitsCache.set(currency, digits);
  }
  return digits;
}

/** A price kept in minor units (cents) shown in the interface language, e.g. 1999 EUR → €19.99. */
export function formatPrice(priceMinor: number, currency: string): string {
  const amount = priceMinor / 10 ** fractionDigitsOf(currency);
  try {
    return new Intl.NumberFormat(interfaceLocale(), { style: "currency", currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(interfaceLocale(), { dateStyle: "medium", timeStyle: "short" }).format(date);
}

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(interfaceLocale(), { dateStyle: "medium" }).format(date);
}

/** A calendar date (YYYY-MM-DD) without shifting it through time zones. */
export function formatCalendarDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(interfaceLocale(), { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "English" (or "Englisch") for "en"; the code itself when the browser does not know it. */
export function languageName(code: string | null): string {
  if (!code || code === "und") return i18next.t("ui:notDetected");
  try {
    return new Intl.DisplayNames(interfaceLocale(), { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Germany" for "DE"; the code itself when the browser does not know it. */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(interfaceLocale(), { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
