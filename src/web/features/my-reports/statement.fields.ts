import i18next from "i18next";
import { EEA_COUNTRIES } from "../../../contracts/decisions.ts";
import { countryName, formatCalendarDate, languageName } from "../../ui/format.ts";
import { isOneOf } from "../../ui/one-of.ts";
import { myReportsText } from "./my-reports.text.ts";

/**
 * The fields of a statement of reasons (EU Transparency Database, schema v2) in reading order, named
 * for the seller who receives it (the names are in my-reports.text.ts). Fields not listed here are still shown, after these, by their name.
 */
export const STATEMENT_FIELDS = [
  "decision_visibility",
  "decision_visibility_other",
  "end_date_visibility_restriction",
  "decision_provision",
  "end_date_service_restriction",
  "decision_account",
  "end_date_account_restriction",
  "decision_monetary",
  "decision_monetary_other",
  "end_date_monetary_restriction",
  "decision_ground",
  "illegal_content_legal_ground",
  "illegal_content_explanation",
  "incompatible_content_ground",
  "incompatible_content_explanation",
  "incompatible_content_illegal",
  "decision_ground_reference_url",
  "decision_facts",
  "category",
  "category_addition",
  "category_specification",
  "category_specification_other",
  "content_type",
  "content_type_other",
  "content_date",
  "content_language",
  "territorial_scope",
  "application_date",
  "account_type",
  "source_type",
  "source_identity",
  "automated_detection",
  "automated_decision",
  "puid",
] as const;

/** A field's name for people; unknown fields get their own name, made readable. */
export function statementFieldLabel(name: string): string {
  return isOneOf(STATEMENT_FIELDS, name)
    ? i18next.t(`myReports:statement.fields.${name}`)
    : capitalize(name.replace(/_/g, " "));
}

type KnownValue = keyof typeof myReportsText.en.statement.values;
const isKnownValue = (value: string): value is KnownValue => value in myReportsText.en.statement.values;

// Enum values carry their field as a prefix; without it the rest reads as words.
const PREFIXES = /^(STATEMENT_CATEGORY|KEYWORD|CONTENT_TYPE|DECISION_[A-Z]+|SOURCE|ACCOUNT_TYPE)_/;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function enumLabel(value: string): string {
  if (isKnownValue(value)) return i18next.t(`myReports:statement.values.${value}`);
  if (!/^[A-Z0-9_]+$/.test(value)) return value;
  return capitalize(value.replace(PREFIXES, "").replace(/_/g, " ").toLowerCase());
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A statement value in plain words: enum codes named, dates and countries in the reader's language. */
export function statementValueText(field: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (field === "territorial_scope" && Array.isArray(value)) {
    if (EEA_COUNTRIES.every((c) => value.includes(c))) return i18next.t("myReports:statement.allEea");
    return value.map((c) => countryName(String(c))).join(", ");
  }
  if (field === "content_language" && typeof value === "string") return languageName(value.toLowerCase());
  if (Array.isArray(value)) return value.map((v) => statementValueText(field, v)).join(", ");
  if (typeof value === "string") return isDate(value) ? formatCalendarDate(value) : enumLabel(value);
  if (typeof value === "boolean")
    return i18next.t(value ? "myReports:statement.yes" : "myReports:statement.no");
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The statement's fields that are present, known ones first in reading order, then any others. */
export function statementRows(statement: Record<string, unknown>): { field: string; label: string }[] {
  const present = (field: string) => statement[field] !== undefined && statement[field] !== null;
  const known = STATEMENT_FIELDS.filter(present);
  const others = Object.keys(statement).filter(
    (field) => !isOneOf(STATEMENT_FIELDS, field) && present(field),
  );
  return [...known, ...others].map((field) => ({ field, label: statementFieldLabel(field) }));
}
