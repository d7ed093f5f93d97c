import i18next from "i18next";
import { resources } from "./i18n.ts";
import type { LanguageCode } from "./languages.ts";
import { namespaces } from "./namespaces.ts";

/** The interface text in one language, for unit tests of code that writes messages (no browser, no React). */
export function startTextForTests(language: LanguageCode = "en") {
  return i18next.init({
    resources: resources(),
    lng: language,
    fallbackLng: "en",
    ns: Object.keys(namespaces),
    defaultNS: "app",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
}
