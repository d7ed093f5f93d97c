import { COUNTRY_CODES } from "../../../contracts/countries.ts";
import { countryName } from "../../ui/format.ts";

let options: { value: string; label: string }[] | null = null;

/** Every country by its name in the reader's language, sorted; made once, on first use. */
export function countryOptions() {
  options ??= COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  return options;
}
