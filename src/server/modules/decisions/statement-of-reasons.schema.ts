import { z } from "zod";
import { EEA_COUNTRIES } from "../../../contracts/decisions.ts";

// The EU Transparency Database statement of reasons, schema v2 (in force since 2025-07-01). The values
// and rules mirror the database's own request validation: a statement this schema accepts is one the
// database stores. Where the database silently drops a field ("excluded"), we refuse it instead, so that
// a mistake in our builder shows up here and not as a field missing from the public record.

export const DECISION_VISIBILITIES = [
  "DECISION_VISIBILITY_CONTENT_REMOVED",
  "DECISION_VISIBILITY_CONTENT_DISABLED",
  "DECISION_VISIBILITY_CONTENT_DEMOTED",
  "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
  "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
  "DECISION_VISIBILITY_CONTENT_LABELLED",
  "DECISION_VISIBILITY_OTHER",
] as const;

export const DECISION_MONETARIES = [
  "DECISION_MONETARY_SUSPENSION",
  "DECISION_MONETARY_TERMINATION",
  "DECISION_MONETARY_OTHER",
] as const;

export const DECISION_PROVISIONS = [
  "DECISION_PROVISION_PARTIAL_SUSPENSION",
  "DECISION_PROVISION_TOTAL_SUSPENSION",
  "DECISION_PROVISION_PARTIAL_TERMINATION",
  "DECISION_PROVISION_TOTAL_TERMINATION",
] as const;

export const DECISION_ACCOUNTS = ["DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED"] as const;

export const ACCOUNT_TYPES = ["ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE"] as const;

export const DECISION_GROUNDS = [
  "DECISION_GROUND_ILLEGAL_CONTENT",
  "DECISION_GROUND_INCOMPATIBLE_CONTENT",
] as const;

export const CONTENT_TYPES = [
  "CONTENT_TYPE_APP",
  "CONTENT_TYPE_AUDIO",
  "CONTENT_TYPE_IMAGE",
  "CONTENT_TYPE_PRODUCT",
  "CONTENT_TYPE_SYNTHETIC_MEDIA",
  "CONTENT_TYPE_TEXT",
  "CONTENT_TYPE_VIDEO",
  "CONTENT_TYPE_OTHER",
] as const;

export const SOURCE_TYPES = [
  "SOURCE_ARTICLE_16",
  "SOURCE_TRUSTED_FLAGGER",
  "SOURCE_TYPE_OTHER_NOTIFICATION",
  "SOURCE_VOLUNTARY",
] as const;

export const AUTOMATED_DETECTIONS = ["Yes", "No"] as const;

export const AUTOMATED_DECISIONS = [
  "AUTOMATED_DECISION_FULLY",
  "AUTOMATED_DECISION_PARTIALLY",
  "AUTOMATED_DECISION_NOT_AUTOMATED",
] as const;

export const INCOMPATIBLE_CONTENT_ILLEGALS = ["Yes", "No"] as const;

export const STATEMENT_CATEGORIES = [
  "STATEMENT_CATEGORY_ANIMAL_WELFARE",
  "STATEMENT_CATEGORY_CONSUMER_INFORMATION",
  "STATEMENT_CATEGORY_CYBER_VIOLENCE",
  "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
  "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
  "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
  "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
  "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
  "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE",
  "STATEMENT_CATEGORY_OTHER_VIOLATION_TC",
  "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
  "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
  "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
  "STATEMENT_CATEGORY_SELF_HARM",
  "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS",
  "STATEMENT_CATEGORY_VIOLENCE",
] as const;
export type StatementCategory = (typeof STATEMENT_CATEGORIES)[number];

export const KEYWORDS = [
  "KEYWORD_ADULT_SEXUAL_MATERIAL",
  "KEYWORD_AGE_SPECIFIC_RESTRICTIONS",
  "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS",
  "KEYWORD_ANIMAL_HARM",
  "KEYWORD_BIOMETRIC_DATA_BREACH",
  "KEYWORD_BULLYING_AGAINST_GIRLS",
  "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
  "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE",
  "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS",
  "KEYWORD_COORDINATED_HARM",
  "KEYWORD_COPYRIGHT_INFRINGEMENT",
  "KEYWORD_CYBER_BULLYING_INTIMIDATION",
  "KEYWORD_CYBER_HARASSMENT",
  "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN",
  "KEYWORD_CYBER_INCITEMENT",
  "KEYWORD_CYBER_STALKING",
  "KEYWORD_CYBER_STALKING_AGAINST_WOMEN",
  "KEYWORD_DATA_FALSIFICATION",
  "KEYWORD_DEFAMATION",
  "KEYWORD_DESIGN_INFRINGEMENT",
  "KEYWORD_DISCRIMINATION",
  "KEYWORD_FEMALE_GENDERED_DISINFORMATION",
  "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT",
  "KEYWORD_GEOGRAPHICAL_REQUIREMENTS",
  "KEYWORD_GOODS_SERVICES_NOT_PERMITTED",
  "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
  "KEYWORD_HATE_SPEECH",
  "KEYWORD_HIDDEN_ADVERTISEMENT",
  "KEYWORD_HUMAN_EXPLOITATION",
  "KEYWORD_HUMAN_TRAFFICKING",
  "KEYWORD_ILLEGAL_ORGANIZATIONS",
  "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING",
  "KEYWORD_INAUTHENTIC_ACCOUNTS",
  "KEYWORD_INAUTHENTIC_LISTINGS",
  "KEYWORD_INAUTHENTIC_USER_REVIEWS",
  "KEYWORD_INCITEMENT_AGAINST_WOMEN",
  "KEYWORD_INCITEMENT_VIOLENCE_HATRED",
  "KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS",
  "KEYWORD_LANGUAGE_REQUIREMENTS",
  "KEYWORD_MISINFORMATION_DISINFORMATION",
  "KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS",
  "KEYWORD_MISLEADING_INFO_GOODS_SERVICES",
  "KEYWORD_MISSING_PROCESSING_GROUND",
  "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING",
  "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN",
  "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE",
  "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN",
  "KEYWORD_NONCOMPLIANCE_PRICING",
  "KEYWORD_NUDITY",
  "KEYWORD_PATENT_INFRINGEMENT",
  "KEYWORD_PHISHING",
  "KEYWORD_PROHIBITED_PRODUCTS",
  "KEYWORD_PYRAMID_SCHEMES",
  "KEYWORD_RIGHT_TO_BE_FORGOTTEN",
  "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE",
  "KEYWORD_RISK_PUBLIC_HEALTH",
  "KEYWORD_SELF_MUTILATION",
  "KEYWORD_STALKING",
  "KEYWORD_SUICIDE",
  "KEYWORD_TERRORIST_CONTENT",
  "KEYWORD_TRADE_SECRET_INFRINGEMENT",
  "KEYWORD_TRADEMARK_INFRINGEMENT",
  "KEYWORD_TRAFFICKING_WOMEN_GIRLS",
  "KEYWORD_UNLAWFUL_SALE_ANIMALS",
  "KEYWORD_UNSAFE_CHALLENGES",
  "KEYWORD_UNSAFE_PRODUCTS",
  "KEYWORD_VIOLATION_EU_LAW",
  "KEYWORD_VIOLATION_NATIONAL_LAW",
  "KEYWORD_OTHER",
] as const;
export type Keyword = (typeof KEYWORDS)[number];

/** The ISO 639-1 language codes, uppercase as the database wants them. */
export const ISO_639_1_CODES: readonly string[] = (
  "AA AB AE AF AK AM AN AR AS AV AY AZ BA BE BG BH BI BM BN BO BR BS CA CE CH CO CR CS CU CV CY DA DE " +
  "DV DZ EE EL EN EO ES ET EU FA FF FI FJ FO FR FY GA GD GL GN GU GV HA HE HI HO HR HT HU HY HZ IA ID IE " +
  "IG II IK IO IS IT IU JA JV KA KG KI KJ KK KL KM KN KO KR KS KU KV KW KY LA LB LG LI LN LO LT LU LV MG " +
  "MH MI MK ML MN MR MS MT MY NA NB ND NE NG NL NN NO NR NV NY OC OJ OM OR OS PA PI PL PS PT QU RM RN RO " +
  "RU RW SA SC SD SE SG SI SK SL SM SN SO SQ SR SS ST SU SV SW TA TE TG TH TI TK TL TN TO TR TS TT TW TY " +
  "UG UK UR UZ VE VI VO WA WO XH YI YO ZA ZH ZU"
).split(" ");
const LANGUAGES = new Set(ISO_639_1_CODES);

/** The latest date the database takes anywhere. */
export const LAST_STATEMENT_DATE = "2038-01-01";

// The database counts characters, not UTF-16 units, and treats blank text as missing.
const text = (max: number) =>
  z
    .string()
    .refine((s) => s.trim().length > 0, "must not be blank")
    .refine((s) => [...s].length <= max, `must be at most ${max} characters`);

// Zod would list every allowed value; 69 keywords make a poor error message.
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `must be one of the ${what} values` });

const date = (min: string | null) =>
  z.iso
    .date("must be a date YYYY-MM-DD")
    .refine((d) => (min === null || d >= min) && d <= LAST_STATEMENT_DATE, {
      message: `must be ${min === null ? "" : `from ${min} `}up to ${LAST_STATEMENT_DATE}`,
    });

/** A link to the law or to the version of the terms relied on. */
export const ReferenceUrl = z.url({ protocol: /^https?$/ }).max(500);

const EuStatementFields = z.strictObject({
  decision_visibility: z.array(oneOf(DECISION_VISIBILITIES, "DECISION_VISIBILITY_*")).min(1).nullish(),
  decision_visibility_other: text(500).nullish(),
  decision_monetary: oneOf(DECISION_MONETARIES, "DECISION_MONETARY_*").nullish(),
  decision_monetary_other: text(500).nullish(),
  decision_provision: oneOf(DECISION_PROVISIONS, "DECISION_PROVISION_*").nullish(),
  decision_account: oneOf(DECISION_ACCOUNTS, "DECISION_ACCOUNT_*").nullish(),
  account_type: oneOf(ACCOUNT_TYPES, "ACCOUNT_TYPE_*").nullish(),
  decision_ground: oneOf(DECISION_GROUNDS, "DECISION_GROUND_*"),
  decision_ground_reference_url: ReferenceUrl.nullish(),
  illegal_content_legal_ground: text(500).nullish(),
  illegal_content_explanation: text(2000).nullish(),
  incompatible_content_ground: text(500).nullish(),
  incompatible_content_explanation: text(2000).nullish(),
  incompatible_content_illegal: oneOf(INCOMPATIBLE_CONTENT_ILLEGALS, "Yes/No").nullish(),
  content_type: z.array(oneOf(CONTENT_TYPES, "CONTENT_TYPE_*")).min(1),
  content_type_other: text(500).nullish(),
  category: oneOf(STATEMENT_CATEGORIES, "STATEMENT_CATEGORY_*"),
  category_addition: z.array(oneOf(STATEMENT_CATEGORIES, "STATEMENT_CATEGORY_*")).nullish(),
  category_specification: z.array(oneOf(KEYWORDS, "KEYWORD_*")).nullish(),
  category_specification_other: text(500).nullish(),
  territorial_scope: z
    .array(z.enum(EEA_COUNTRIES, { error: "must hold EU/EEA country codes only (Greece is GR)" }))
    .nullish(),
  content_language: z
    .string()
    .refine((l) => LANGUAGES.has(l), "must be an uppercase ISO 639-1 code")
    .nullish(),
  content_date: date("2000-01-01"),
  application_date: date("2020-01-01"),
  end_date_visibility_restriction: date(null).nullish(),
  end_date_monetary_restriction: date(null).nullish(),
  end_date_service_restriction: date(null).nullish(),
  end_date_account_restriction: date(null).nullish(),
  decision_facts: text(5000),
  source_type: oneOf(SOURCE_TYPES, "SOURCE_*"),
  source_identity: text(500).nullish(),
  automated_detection: oneOf(AUTOMATED_DETECTIONS, "Yes/No"),
  automated_decision: oneOf(AUTOMATED_DECISIONS, "AUTOMATED_DECISION_*"),
  puid: z
    .string()
    .min(1)
    .max(500)
    .regex(/^[a-zA-Z0-9_-]+$/, "may hold only letters, digits, - and _"),
  content_id: z.strictObject({ "EAN-13": z.string().regex(/^[0-9]{13}$/, "must be 13 digits") }).nullish(),
});

/** The database's field names, in its order: the columns of an export. */
export const STATEMENT_FIELD_NAMES = Object.keys(EuStatementFields.shape);

type Fields = Record<string, unknown>;

const present = (v: unknown) => v !== undefined && v !== null;
const holds = (list: unknown, value: string) => Array.isArray(list) && list.includes(value);
const isGround = (s: Fields, ground: string) => s.decision_ground === ground;
const groundKnown = (s: Fields) => DECISION_GROUNDS.some((g) => g === s.decision_ground);

/** A field allowed only `when` something holds, and then `required` or not. */
interface Conditional {
  field: string;
  when: (s: Fields) => boolean;
  required: boolean;
  condition: string;
  /** Whether the rule can be judged at all (a missing ground is its own error). */
  applies?: (s: Fields) => boolean;
}

const ILLEGAL = "DECISION_GROUND_ILLEGAL_CONTENT";
const INCOMPATIBLE = "DECISION_GROUND_INCOMPATIBLE_CONTENT";
const groundRule = (field: string, ground: string, required: boolean): Conditional => ({
  field,
  when: (s) => isGround(s, ground),
  required,
  condition: `decision_ground is ${ground}`,
  applies: groundKnown,
});

const CONDITIONALS: Conditional[] = [
  {
    field: "decision_visibility_other",
    when: (s) => holds(s.decision_visibility, "DECISION_VISIBILITY_OTHER"),
    required: true,
    condition: "decision_visibility contains DECISION_VISIBILITY_OTHER",
  },
  {
    field: "decision_monetary_other",
    when: (s) => s.decision_monetary === "DECISION_MONETARY_OTHER",
    required: true,
    condition: "decision_monetary is DECISION_MONETARY_OTHER",
  },
  {
    field: "content_type_other",
    when: (s) => holds(s.content_type, "CONTENT_TYPE_OTHER"),
    required: true,
    condition: "content_type contains CONTENT_TYPE_OTHER",
  },
  {
    // The database documents it as optional, to go with KEYWORD_OTHER.
    field: "category_specification_other",
    when: (s) => holds(s.category_specification, "KEYWORD_OTHER"),
    required: false,
    condition: "category_specification contains KEYWORD_OTHER",
  },
  groundRule("illegal_content_legal_ground", ILLEGAL, true),
  groundRule("illegal_content_explanation", ILLEGAL, true),
  groundRule("incompatible_content_ground", INCOMPATIBLE, true),
  groundRule("incompatible_content_explanation", INCOMPATIBLE, true),
  groundRule("incompatible_content_illegal", INCOMPATIBLE, false),
  {
    field: "source_identity",
    when: (s) => s.source_type !== "SOURCE_VOLUNTARY",
    required: false,
    condition: "source_type is not SOURCE_VOLUNTARY",
  },
];

const END_DATES = [
  "end_date_visibility_restriction",
  "end_date_monetary_restriction",
  "end_date_service_restriction",
  "end_date_account_restriction",
] as const;

type Issue = { path: string[]; message: string };

function decisionIssues(s: Fields): Issue[] {
  const decisions = ["decision_visibility", "decision_monetary", "decision_provision", "decision_account"];
  if (decisions.some((field) => present(s[field]))) return [];
  const message =
    "one of decision_visibility, decision_monetary, decision_provision, decision_account is required";
  return [{ path: ["decision_visibility"], message }];
}

function conditionalIssues(s: Fields): Issue[] {
  const issues: Issue[] = [];
  for (const rule of CONDITIONALS) {
    if (rule.applies && !rule.applies(s)) continue;
    const allowed = rule.when(s);
    if (allowed && rule.required && !present(s[rule.field])) {
      issues.push({ path: [rule.field], message: `is required when ${rule.condition}` });
    } else if (!allowed && present(s[rule.field])) {
      issues.push({ path: [rule.field], message: `is only allowed when ${rule.condition}` });
    }
  }
  return issues;
}

function endDateIssues(s: Fields): Issue[] {
  const start = s.application_date;
  if (typeof start !== "string") return [];
  return END_DATES.filter((field) => typeof s[field] === "string" && (s[field] as string) < start).map(
    (field) => ({ path: [field], message: "must not be before application_date" }),
  );
}

/** A statement of reasons exactly as the EU Transparency Database takes it. Unknown fields are refused. */
export const EuStatement = EuStatementFields.superRefine(
  (s, ctx) => {
    const fields: Fields = s;
    const issues = [...decisionIssues(fields), ...conditionalIssues(fields), ...endDateIssues(fields)];
    for (const issue of issues) ctx.addIssue({ code: "custom", input: s, ...issue });
  },
  // Cross-field rules still run when a single field is wrong, so that one answer names every problem.
  { when: (payload) => typeof payload.value === "object" && payload.value !== null },
);
export type EuStatement = z.infer<typeof EuStatement>;

function fieldOf(path: readonly PropertyKey[]): string {
  return path.filter((p) => typeof p === "string").join(".") || "statement";
}

/** Field name → what is wrong with it: the first problem of each field. */
export function validateStatement(s: unknown): { ok: true } | { ok: false; errors: Record<string, string> } {
  const result = EuStatement.safeParse(s);
  if (result.success) return { ok: true };
  const raw: Fields = typeof s === "object" && s !== null ? (s as Fields) : {};
  const errors: Record<string, string> = {};
  const note = (field: string, message: string) => {
    errors[field] ??= message;
  };
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      const parent = issue.path.length > 0 ? `${fieldOf(issue.path)}.` : "";
      for (const key of issue.keys) note(`${parent}${key}`, "is not a field of the statement of reasons");
      continue;
    }
    const field = fieldOf(issue.path);
    const missing = issue.code !== "custom" && issue.path.length === 1 && raw[field] === undefined;
    note(field, missing ? "is required" : issue.message);
  }
  return { ok: false, errors };
}
