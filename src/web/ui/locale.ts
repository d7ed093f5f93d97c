import i18next from "i18next";

/**
 * The locale dates, numbers and names are written in: the interface language, so that a German interface
 * shows German dates whatever the browser's own language. Before the interface starts (tests), the
 * browser's default.
 */
export function interfaceLocale(): string | undefined {
  return i18next.resolvedLanguage ?? (i18next.language || undefined);
}
