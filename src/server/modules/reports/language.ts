import { franc } from "franc-min";

// franc answers in ISO 639-3; browsers name languages best from the two-letter ISO 639-1 codes.
const TO_ISO_639_1: Record<string, string> = {
  eng: "en",
  deu: "de",
  fra: "fr",
  spa: "es",
  ita: "it",
  por: "pt",
  nld: "nl",
  pol: "pl",
  rus: "ru",
  ukr: "uk",
  cmn: "zh",
  jpn: "ja",
  kor: "ko",
  arb: "ar",
  tur: "tr",
  ces: "cs",
  slk: "sk",
  hun: "hu",
  ron: "ro",
  bul: "bg",
  ell: "el",
  swe: "sv",
  dan: "da",
  nob: "no",
  fin: "fi",
  hin: "hi",
  ind: "id",
  vie: "vi",
  tha: "th",
  heb: "he",
  pes: "fa",
  hrv: "hr",
  srp: "sr",
  slv: "sl",
  lit: "lt",
  lav: "lv",
};

const CANDIDATES = Object.keys(TO_ISO_639_1);

/** The language of a free text, or null when it is too short or too mixed to tell. */
export function detectLanguage(text: string): string | null {
  // Comparing with the languages we can name (not all of franc's) is as useful and several times faster.
  const code = franc(text, { minLength: 20, only: CANDIDATES });
  if (code === "und") return null;
  return TO_ISO_639_1[code] ?? code;
}
