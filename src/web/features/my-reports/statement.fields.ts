import { EEA_COUNTRIES } from "../../../contracts/decisions.ts";
import { countryName, formatCalendarDate, languageName } from "../../ui/format.ts";

/**
 * The fields of a statement of reasons (EU Transparency Database, schema v2) in reading order, named
 * for the seller who receives it. Fields not listed here are still shown, after these, by their name.
 */
export const STATEMENT_FIELDS: [string, string][] = [
  ["decision_visibility", "What happened to the content"],
  ["decision_visibility_other", "Other restriction of the content"],
  ["end_date_visibility_restriction", "Content restricted until"],
  ["decision_provision", "Restriction of your use of the service"],
  ["end_date_service_restriction", "Service restricted until"],
  ["decision_account", "Restriction of your account"],
  ["end_date_account_restriction", "Account restricted until"],
  ["decision_monetary", "Restriction of payments"],
  ["decision_monetary_other", "Other restriction of payments"],
  ["end_date_monetary_restriction", "Payments restricted until"],
  ["decision_ground", "Ground of the decision"],
  ["illegal_content_legal_ground", "Law that was broken"],
  ["illegal_content_explanation", "Why the content is illegal"],
  ["incompatible_content_ground", "Rule that was broken"],
  ["incompatible_content_explanation", "Why the content breaks the rule"],
  ["incompatible_content_illegal", "Also illegal"],
  ["decision_ground_reference_url", "Where to read the rule"],
  ["decision_facts", "Facts and circumstances"],
  ["category", "Category"],
  ["category_addition", "Further categories"],
  ["category_specification", "More precisely"],
  ["category_specification_other", "Other detail"],
  ["content_type", "Type of content"],
  ["content_type_other", "Other type of content"],
  ["content_date", "Content created on"],
  ["content_language", "Language of the content"],
  ["territorial_scope", "Where it applies"],
  ["application_date", "Applies from"],
  ["account_type", "Your account type"],
  ["source_type", "How we learned of it"],
  ["source_identity", "Who notified us"],
  ["automated_detection", "Found by automated means"],
  ["automated_decision", "Decided by automated means"],
  ["puid", "Reference of this statement"],
];

const KNOWN = new Map(STATEMENT_FIELDS);

/** A field's name for people; unknown fields get their own name, made readable. */
export function statementFieldLabel(name: string): string {
  return KNOWN.get(name) ?? capitalize(name.replace(/_/g, " "));
}

const ENUM_LABELS: Record<string, string> = {
  DECISION_VISIBILITY_CONTENT_REMOVED: "Removed",
  DECISION_VISIBILITY_CONTENT_DISABLED: "Access disabled",
  DECISION_VISIBILITY_CONTENT_DEMOTED: "Shown lower (demoted)",
  DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED: "Age restricted",
  DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED: "Interaction restricted",
  DECISION_VISIBILITY_CONTENT_LABELLED: "Labelled",
  DECISION_MONETARY_SUSPENSION: "Payments suspended",
  DECISION_MONETARY_TERMINATION: "Payments ended",
  DECISION_PROVISION_PARTIAL_SUSPENSION: "Partly suspended (your store is frozen)",
  DECISION_PROVISION_TOTAL_SUSPENSION: "Fully suspended",
  DECISION_PROVISION_PARTIAL_TERMINATION: "Partly ended",
  DECISION_PROVISION_TOTAL_TERMINATION: "Fully ended",
  DECISION_ACCOUNT_SUSPENDED: "Suspended",
  DECISION_ACCOUNT_TERMINATED: "Closed",
  DECISION_GROUND_ILLEGAL_CONTENT: "Illegal content",
  DECISION_GROUND_INCOMPATIBLE_CONTENT: "Against our terms and conditions",
  ACCOUNT_TYPE_BUSINESS: "Business",
  ACCOUNT_TYPE_PRIVATE: "Private",
  SOURCE_ARTICLE_16: "A notice from someone (DSA Article 16)",
  SOURCE_TRUSTED_FLAGGER: "A notice from a trusted flagger",
  SOURCE_TYPE_OTHER_NOTIFICATION: "Another kind of notice",
  SOURCE_VOLUNTARY: "Our own initiative",
  AUTOMATED_DECISION_FULLY: "Fully",
  AUTOMATED_DECISION_PARTIALLY: "Partly",
  AUTOMATED_DECISION_NOT_AUTOMATED: "No",
  STATEMENT_CATEGORY_OTHER_VIOLATION_TC: "Other breach of our terms and conditions",
  STATEMENT_CATEGORY_SCAMS_AND_FRAUD: "Scams and fraud",
  KEYWORD_GOODS_SERVICES_NOT_PERMITTED: "Goods or services not permitted on the marketplace",
  KEYWORD_NONCOMPLIANCE_PRICING: "Prices that break the rules",
  KEYWORD_MISLEADING_INFO_GOODS_SERVICES: "Misleading information about goods or services",
  KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING: "Impersonation or account hijacking",
  CONTENT_TYPE_PRODUCT: "Product (listing)",
  CONTENT_TYPE_OTHER: "Other",
};

// Enum values carry their field as a prefix; without it the rest reads as words.
const PREFIXES = /^(STATEMENT_CATEGORY|KEYWORD|CONTENT_TYPE|DECISION_[A-Z]+|SOURCE|ACCOUNT_TYPE)_/;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function enumLabel(value: string): string {
  const known = ENUM_LABELS[value];
  if (known) return known;
  if (!/^[A-Z0-9_]+$/.test(value)) return value;
  return capitalize(value.replace(PREFIXES, "").replace(/_/g, " ").toLowerCase());
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A statement value in plain words: enum codes named, dates and countries in the reader's language. */
export function statementValueText(field: string, value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (field === "territorial_scope" && Array.isArray(value)) {
    if (EEA_COUNTRIES.every((c) => value.includes(c))) return "All countries of the EU and the EEA";
    return value.map((c) => countryName(String(c))).join(", ");
  }
  if (field === "content_language" && typeof value === "string") return languageName(value.toLowerCase());
  if (Array.isArray(value)) return value.map((v) => statementValueText(field, v)).join(", ");
  if (typeof value === "string") return isDate(value) ? formatCalendarDate(value) : enumLabel(value);
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The statement's fields that are present, known ones first in reading order, then any others. */
export function statementRows(statement: Record<string, unknown>): { field: string; label: string }[] {
  const present = (field: string) => statement[field] !== undefined && statement[field] !== null;
  const known = STATEMENT_FIELDS.filter(([field]) => present(field));
  const others = Object.keys(statement).filter((field) => !KNOWN.has(field) && present(field));
  return [
    ...known.map(([field, label]) => ({ field, label })),
    ...others.map((field) => ({ field, label: statementFieldLabel(field) })),
  ];
}
