import { countryName, formatCalendarDate } from "../../ui/format.ts";

/** The fields of a statement of reasons (EU Transparency Database, schema v2), in reading order. */
export const STATEMENT_FIELDS: [string, string][] = [
  ["puid", "Reference (PUID)"],
  ["decision_visibility", "Restriction of visibility"],
  ["decision_visibility_other", "Other visibility restriction"],
  ["end_date_visibility_restriction", "Visibility restricted until"],
  ["decision_monetary", "Monetary restriction"],
  ["decision_monetary_other", "Other monetary restriction"],
  ["end_date_monetary_restriction", "Monetary restriction until"],
  ["decision_provision", "Restriction of the service"],
  ["end_date_service_restriction", "Service restricted until"],
  ["decision_account", "Restriction of the account"],
  ["end_date_account_restriction", "Account restricted until"],
  ["account_type", "Account type"],
  ["decision_ground", "Ground of the decision"],
  ["decision_ground_reference_url", "Reference to the law or terms"],
  ["illegal_content_legal_ground", "Legal ground"],
  ["illegal_content_explanation", "Why it is illegal"],
  ["incompatible_content_ground", "Terms section"],
  ["incompatible_content_explanation", "Why it is against the terms"],
  ["incompatible_content_illegal", "Also illegal"],
  ["content_type", "Type of content"],
  ["content_type_other", "Other type of content"],
  ["category", "Category"],
  ["category_addition", "Further categories"],
  ["category_specification", "Keywords"],
  ["category_specification_other", "Other keyword"],
  ["territorial_scope", "Countries concerned"],
  ["content_language", "Language of the content"],
  ["content_date", "Content posted on"],
  ["application_date", "Restriction applies from"],
  ["decision_facts", "Facts and circumstances"],
  ["source_type", "Source of the information"],
  ["source_identity", "Notifier"],
  ["automated_detection", "Detected automatically"],
  ["automated_decision", "Decided automatically"],
  ["content_id", "Content identifier"],
];

const KNOWN = new Map(STATEMENT_FIELDS);

/** "end_date_visibility_restriction" → "End date visibility restriction", for fields not listed above. */
export function fieldLabel(name: string): string {
  const known = KNOWN.get(name);
  if (known) return known;
  const words = name.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ENUM_LABELS: Record<string, string> = {
  DECISION_VISIBILITY_CONTENT_REMOVED: "Removal of content",
  DECISION_VISIBILITY_CONTENT_DISABLED: "Disabling access to content",
  DECISION_VISIBILITY_CONTENT_DEMOTED: "Demotion of content",
  DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED: "Age restricted content",
  DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED: "Restricting interaction with content",
  DECISION_VISIBILITY_CONTENT_LABELLED: "Labelled content",
  DECISION_VISIBILITY_OTHER: "Other restriction",
  DECISION_MONETARY_SUSPENSION: "Suspension of monetary payments",
  DECISION_MONETARY_TERMINATION: "Termination of monetary payments",
  DECISION_MONETARY_OTHER: "Other restriction",
  DECISION_PROVISION_PARTIAL_SUSPENSION: "Partial suspension of the service",
  DECISION_PROVISION_TOTAL_SUSPENSION: "Total suspension of the service",
  DECISION_PROVISION_PARTIAL_TERMINATION: "Partial termination of the service",
  DECISION_PROVISION_TOTAL_TERMINATION: "Total termination of the service",
  DECISION_ACCOUNT_SUSPENDED: "Suspension of the account",
  DECISION_ACCOUNT_TERMINATED: "Termination of the account",
  ACCOUNT_TYPE_BUSINESS: "Business",
  ACCOUNT_TYPE_PRIVATE: "Private",
  DECISION_GROUND_ILLEGAL_CONTENT: "Illegal content",
  DECISION_GROUND_INCOMPATIBLE_CONTENT: "Content incompatible with the terms and conditions",
  SOURCE_ARTICLE_16: "Notice under Article 16 DSA",
  SOURCE_TRUSTED_FLAGGER: "Notice by a trusted flagger",
  SOURCE_TYPE_OTHER_NOTIFICATION: "Other notification",
  SOURCE_VOLUNTARY: "Own voluntary initiative",
  AUTOMATED_DECISION_FULLY: "Fully automated",
  AUTOMATED_DECISION_PARTIALLY: "Partially automated",
  AUTOMATED_DECISION_NOT_AUTOMATED: "Not automated",
  STATEMENT_CATEGORY_SCAMS_AND_FRAUD: "Scams and/or fraud",
  STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: "Unsafe, non-compliant or prohibited products",
  STATEMENT_CATEGORY_OTHER_VIOLATION_TC: "Other violation of the terms and conditions",
  STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE: "Not specified by the notifier",
};

const PREFIXES = /^(STATEMENT_CATEGORY|CONTENT_TYPE|KEYWORD|DECISION_[A-Z]+|SOURCE|ACCOUNT_TYPE)_/;

/** An enum code as words: from the list above, or by dropping its prefix ("KEYWORD_PHISHING" → "Phishing"). */
export function enumLabel(code: string): string {
  const known = ENUM_LABELS[code];
  if (known) return known;
  if (!/^[A-Z0-9_]+$/.test(code) || !PREFIXES.test(code)) return code;
  const words = code.replace(PREFIXES, "").replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One field's value as text a person reads; the raw value stays in the JSON download. */
export function displayValue(name: string, value: unknown): string {
  if (value === null || value === undefined || value === "")
    return name.startsWith("end_date_") ? "Indefinite" : "—";
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
  const known = STATEMENT_FIELDS.filter(([name]) => name in statement).map(([name, label]) => ({
    name,
    label,
  }));
  const extra = Object.keys(statement)
    .filter((name) => !KNOWN.has(name))
    .map((name) => ({ name, label: fieldLabel(name) }));
  return [...known, ...extra];
}
