import { COUNTRY_CODES } from "../../../contracts/countries.ts";
import { countryName } from "../../ui/format.ts";
import { interfaceLocale } from "../../ui/locale.ts";

const made = new Map<string, { value: string; label: string }[]>();

/** Every country by its name in the interface language, sorted; made once per language, on first use. */
export function countryOptions() {
  const language = interfaceLocale() ?? "";
  let options = made.get(language);
  if (!options) {
    options = COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) =>
      a.label.localeCompare(b.label, language || undefined),
    );
    made.set(language, options);
  }
  return options;
}
