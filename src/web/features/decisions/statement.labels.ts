import i18next from "i18next";
import { countryName, formatCalendarDate } from "../../ui/format.ts";
import { isOneOf } from "../../ui/one-of.ts";
import { decisionsText } from "./decisions.text.ts";

/** The fields of a statement of reasons (EU Transparency Database, schema v2), in reading order; named in decisions.text.ts. */
export const STATEMENT_FIELDS = [
  "puid",
  "decision_visibility",
  "decision_visibility_other",
  "end_date_visibility_restriction",
  "decision_monetary",
  "decision_monetary_other",
  "end_date_monetary_restriction",
  "decision_provision",
  "end_date_service_restriction",
  "decision_account",
  "end_date_account_restriction",
  "account_type",
  "decision_ground",
  "decision_ground_reference_url",
  "illegal_content_legal_ground",
  "illegal_content_explanation",
  "incompatible_content_ground",
  "incompatible_content_explanation",
  "incompatible_content_illegal",
  "content_type",
  "content_type_other",
  "category",
  "category_addition",
  "category_specification",
  "category_specification_other",
  "territorial_scope",
  "content_language",
  "content_date",
  "application_date",
  "decision_facts",
  "source_type",
  "source_identity",
  "automated_detection",
  "automated_decision",
  "content_id",
] as const;

/** "end_date_visibility_restriction" → "End date visibility restriction", for fields not listed above. */
export function fieldLabel(name: string): string {
  if (isOneOf(STATEMENT_FIELDS, name)) return i18next.t(`decisions:statement.fields.${name}`);
  const words = name.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type KnownValue = keyof typeof decisionsText.en.statement.values;
const isKnownValue = (code: string): code is KnownValue => code in decisionsText.en.statement.values;

const PREFIXES = /^(STATEMENT_CATEGORY|CONTENT_TYPE|KEYWORD|DECISION_[A-Z]+|SOURCE|ACCOUNT_TYPE)_/;

/** An enum code as words: from the list above, or by dropping its prefix ("KEYWORD_PHISHING" → "Phishing"). */
export function enumLabel(code: string): string {
  if (isKnownValue(code)) return i18next.t(`decisions:statement.values.${code}`);
  if (!/^[A-Z0-9_]+$/.test(code) || !PREFIXES.test(code)) return code;
  const words = code.replace(PREFIXES, "").replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One field's value as text a person reads; the raw value stays in the JSON download. */
export function displayValue(name: string, value: unknown): string {
  if (value === null || value === undefined || value === "")
    return name.startsWith("end_date_") ? i18next.t("decisions:statement.indefinite") : "—";
  if (Array.isArray(value))
    return value
      .map((v) => (name === "territorial_scope" ? countryName(String(v)) : enumLabel(String(v))))
      .join(", ");
  if (typeof value === "object")
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(", ");
  const text = String(value);
  if (/_date|^end_date_/.test(name) && /^\d{4}-\d{2}-\d{2}$/.test(text)) return formatCalendarDate(text);
  return enumLabel(text);
}

/** The fields to show: the known ones in order, then any others the server sent. */
export function statementRows(statement: Record<string, unknown>): { name: string; label: string }[] {
  const known = STATEMENT_FIELDS.filter((name) => name in statement);
  const extra = Object.keys(statement).filter((name) => !isOneOf(STATEMENT_FIELDS, name));
  return [...known, ...extra].map((name) => ({ name, label: fieldLabel(name) }));
}
