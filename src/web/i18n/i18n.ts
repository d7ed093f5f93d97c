import i18next, { type Resource } from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next } from "react-i18next";
import { LANGUAGE_STORAGE_KEY, LANGUAGES } from "./languages.ts";
import { namespaces } from "./namespaces.ts";

/** Every namespace in every language, as i18next takes them. */
export function resources(): Resource {
  const byLanguage: Resource = {};
  for (const { code } of LANGUAGES) {
    byLanguage[code] = Object.fromEntries(
      Object.entries(namespaces).map(([name, text]) => [name, text[code]]),
    );
  }
  return byLanguage;
}

/** The interface language: the one chosen before (kept in this browser), else the browser's own, else English. */
export function startI18n() {
  i18next.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
  return i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: resources(),
      fallbackLng: LANGUAGES[0].code,
      supportedLngs: LANGUAGES.map((language) => language.code),
      nonExplicitSupportedLngs: true,
      load: "languageOnly",
      ns: Object.keys(namespaces),
      defaultNS: "app",
      // React escapes what it renders; escaping here as well would show "&amp;".
      interpolation: { escapeValue: false },
      initAsync: false,
      detection: {
        order: ["localStorage", "navigator"],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ["localStorage"],
        // "de-DE" from the browser is German: the page's lang and the stored choice say "de".
        convertDetectedLanguage: (language) => language.split("-")[0] ?? language,
      },
    });
}
