import type { DecisionGround, EnforcementAction } from "../../../contracts/decisions.ts";
import { EEA_COUNTRIES } from "../../../contracts/decisions.ts";
import type { ReportTargetKind } from "../../../contracts/report-targets.ts";
import type { ReportTypeId } from "../../../contracts/report-types.ts";
import { reportTypeById } from "../../../contracts/report-types.ts";
import {
  type EuStatement,
  ISO_639_1_CODES,
  type Keyword,
  ReferenceUrl,
  STATEMENT_CATEGORIES,
  type StatementCategory,
  validateStatement,
} from "./statement-of-reasons.schema.ts";

export interface StatementContext {
  /** Given by the caller; unique and never reused. */
  puid: string;
  /** The effective actions, after the strike policy may have added freeze_store or close_store. */
  actions: EnforcementAction[];
  ground: DecisionGround;
  /** decision_facts: no personal data (the caller's responsibility). */
  facts: string;
  reportType: ReportTypeId;
  /** The type-specific details of the (first) report. */
  details: Record<string, unknown>;
  /** contentDate is YYYY-MM-DD; language is ISO 639-1 in lower case, e.g. "en". */
  target: { kind: ReportTargetKind; contentDate: string; language: string | null };
  /** identity names an organisation (e.g. the rights holder), never a person. */
  source: {
    type:
      | "SOURCE_ARTICLE_16"
      | "SOURCE_TRUSTED_FLAGGER"
      | "SOURCE_VOLUNTARY"
      | "SOURCE_TYPE_OTHER_NOTIFICATION";
    identity: string | null;
  };
  /** application_date (its UTC date), and the start of every timed restriction. */
  decidedAt: Date;
  termsUrl: string | null;
  accountType: "ACCOUNT_TYPE_BUSINESS" | "ACCOUNT_TYPE_PRIVATE" | null;
}

type Part = Partial<EuStatement>;

/**
 * Whether the actions restrict the seller in the sense of DSA Art. 17 (visibility, payments, service,
 * account). A warning and a strike of either severity only go on the record: a strike restricts nothing
 * until the strike policy turns it into freeze_store or close_store, and then that action is in the list.
 */
export function isRestriction(actions: EnforcementAction[]): boolean {
  return actions.some(restricts);
}

/** The statement of reasons for a decision, or null when the decision restricts nothing. */
export function buildStatement(ctx: StatementContext): Record<string, unknown> | null {
  if (!isRestriction(ctx.actions)) return null;
  const statement: Part = {
    ...visibilityFields(ctx.actions, ctx.decidedAt),
    ...monetaryFields(ctx.actions, ctx.decidedAt),
    ...serviceFields(ctx.actions, ctx.decidedAt),
    ...(ctx.accountType ? { account_type: ctx.accountType } : {}),
    ...groundFields(ctx.ground, ctx.termsUrl),
    ...contentFields(ctx),
    ...categoryFields(ctx.reportType, ctx.details, ctx.ground),
    territorial_scope: territorialScope(ctx.actions),
    application_date: isoDate(ctx.decidedAt),
    decision_facts: ctx.facts.trim(),
    ...sourceFields(ctx.source),
    // A moderator decides every case; nothing is flagged or decided by a machine.
    automated_detection: "No",
    automated_decision: "AUTOMATED_DECISION_NOT_AUTOMATED",
    puid: ctx.puid,
  };
  // A statement the database would refuse is a bug upstream: better to stop here than to file it.
  const check = validateStatement(statement);
  if (!check.ok)
    throw new Error(`statement of reasons ${ctx.puid} is invalid: ${JSON.stringify(check.errors)}`);
  return statement;
}

const restricts = (a: EnforcementAction) => a.type !== "warn_seller" && a.type !== "strike";

const unique = <T>(values: T[]): T[] => [...new Set(values)];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

const DAY_MS = 86_400_000;

/** The day a restriction of `days` days ends, or null when it is open-ended. */
const endDate = (from: Date, days: number | undefined) =>
  days === undefined ? null : isoDate(new Date(from.getTime() + days * DAY_MS));

/** Several actions behind one decision field end when the last one does: never if one is open-ended. */
function latestEnd(ends: (string | null)[]): string | undefined {
  const dated = ends.filter((end): end is string => end !== null);
  if (dated.length === 0 || dated.length < ends.length) return undefined;
  return dated.sort().at(-1);
}

const VISIBILITY = {
  remove_listing: "DECISION_VISIBILITY_CONTENT_REMOVED",
  hide_content: "DECISION_VISIBILITY_CONTENT_DISABLED",
  restrict_listing: "DECISION_VISIBILITY_CONTENT_DISABLED",
  demote_listing: "DECISION_VISIBILITY_CONTENT_DEMOTED",
} as const;
type VisibilityAction = Extract<EnforcementAction, { type: keyof typeof VISIBILITY }>;
const isVisibilityAction = (a: EnforcementAction): a is VisibilityAction => a.type in VISIBILITY;

function visibilityFields(actions: EnforcementAction[], from: Date): Part {
  const listing = actions.filter(isVisibilityAction);
  if (listing.length === 0) return {};
  const end = latestEnd(listing.map((a) => ("days" in a ? endDate(from, a.days) : null)));
  return {
    decision_visibility: unique(listing.map((a) => VISIBILITY[a.type])),
    ...(end ? { end_date_visibility_restriction: end } : {}),
  };
}

function monetaryFields(actions: EnforcementAction[], from: Date): Part {
  const freezes = actions.flatMap((a) => (a.type === "freeze_payouts" ? [a] : []));
  if (freezes.length === 0) return {};
  const end = latestEnd(freezes.map((a) => endDate(from, a.days)));
  return {
    decision_monetary: "DECISION_MONETARY_SUSPENSION",
    ...(end ? { end_date_monetary_restriction: end } : {}),
  };
}

/** A closed store is a terminated account, with no end date; it makes any freeze beside it moot. */
function serviceFields(actions: EnforcementAction[], from: Date): Part {
  if (actions.some((a) => a.type === "close_store"))
    return { decision_account: "DECISION_ACCOUNT_TERMINATED" };
  const freezes = actions.flatMap((a) => (a.type === "freeze_store" ? [a] : []));
  if (freezes.length === 0) return {};
  // The seller keeps its account and can still answer, appeal and fulfil orders: a partial suspension.
  const end = latestEnd(freezes.map((a) => endDate(from, a.days)));
  return {
    decision_provision: "DECISION_PROVISION_PARTIAL_SUSPENSION",
    ...(end ? { end_date_service_restriction: end } : {}),
  };
}

/** One scope covers the whole statement: any restriction that applies everywhere makes it EEA-wide. */
function territorialScope(actions: EnforcementAction[]): (typeof EEA_COUNTRIES)[number][] {
  const restrictive = actions.filter(restricts);
  const territorial = restrictive.flatMap((a) => (a.type === "restrict_listing" ? [a] : []));
  if (territorial.length < restrictive.length) return [...EEA_COUNTRIES];
  return unique(territorial.flatMap((a) => a.territories));
}

function groundFields(ground: DecisionGround, termsUrl: string | null): Part {
  const reference = ReferenceUrl.safeParse(termsUrl?.trim());
  const url: Part = reference.success ? { decision_ground_reference_url: reference.data } : {};
  if (ground.kind === "illegal_content") {
    return {
      decision_ground: "DECISION_GROUND_ILLEGAL_CONTENT",
      illegal_content_legal_ground: ground.legalGround.trim(),
      illegal_content_explanation: ground.explanation.trim(),
      ...url,
    };
  }
  return {
    decision_ground: "DECISION_GROUND_INCOMPATIBLE_CONTENT",
    incompatible_content_ground: ground.termsSection.trim(),
    incompatible_content_explanation: ground.explanation.trim(),
    ...(ground.alsoIllegal === undefined
      ? {}
      : { incompatible_content_illegal: ground.alsoIllegal ? "Yes" : "No" }),
    ...url,
  };
}

// The database has no content type for a store; "other" with a fixed wording keeps the records comparable.
export const STORE_CONTENT_TYPE = "Online store (a seller's storefront)";

/** What each kind of target is as content: a listing a product, a message its text. */
const CONTENT_TYPE_OF: Record<
  ReportTargetKind,
  "CONTENT_TYPE_PRODUCT" | "CONTENT_TYPE_OTHER" | "CONTENT_TYPE_TEXT"
> = {
  listing: "CONTENT_TYPE_PRODUCT",
  store: "CONTENT_TYPE_OTHER",
  message: "CONTENT_TYPE_TEXT",
  feedback: "CONTENT_TYPE_TEXT",
};

/** Copyright cases name the part of the listing that infringes, as the mapping table suggests. */
const COPIED_PARTS: Record<string, "CONTENT_TYPE_IMAGE" | "CONTENT_TYPE_TEXT"> = {
  photos: "CONTENT_TYPE_IMAGE",
  text: "CONTENT_TYPE_TEXT",
};

function contentFields({ target, reportType, details }: StatementContext): Part {
  const copied = reportType === "copyright" ? lookup(COPIED_PARTS, details.workKind) : undefined;
  const main = CONTENT_TYPE_OF[target.kind];
  const language = target.language?.trim().toUpperCase();
  return {
    content_type: copied && copied !== main ? [main, copied] : [main],
    ...(target.kind === "store" ? { content_type_other: STORE_CONTENT_TYPE } : {}),
    content_date: target.contentDate,
    ...(language && ISO_639_1_CODES.includes(language) ? { content_language: language } : {}),
  };
}

function sourceFields(source: StatementContext["source"]): Part {
  const identity = source.identity?.trim();
  // Own-initiative decisions have no notifier; the database refuses one.
  const named = source.type !== "SOURCE_VOLUNTARY" && identity;
  return { source_type: source.type, ...(named ? { source_identity: identity } : {}) };
}

/** A category (the report type's own when absent) and keywords that say more precisely what was wrong. */
interface Classification {
  category?: StatementCategory;
  keywords: Keyword[];
  /** With KEYWORD_OTHER: what it was, in standard wording. */
  other?: string;
}

function lookup<T>(table: Record<string, T>, key: unknown): T | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}

const IP_KEYWORDS: Record<string, Keyword> = {
  trademark: "KEYWORD_TRADEMARK_INFRINGEMENT",
  counterfeit: "KEYWORD_TRADEMARK_INFRINGEMENT",
  trademark_misuse: "KEYWORD_TRADEMARK_INFRINGEMENT",
  patent: "KEYWORD_PATENT_INFRINGEMENT",
  patent_infringement: "KEYWORD_PATENT_INFRINGEMENT",
  design: "KEYWORD_DESIGN_INFRINGEMENT",
  design_infringement: "KEYWORD_DESIGN_INFRINGEMENT",
};

const OTHER_TC = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC";
const CONSUMER_INFORMATION = "STATEMENT_CATEGORY_CONSUMER_INFORMATION";
const SCAMS_AND_FRAUD = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD";
const IP_INFRINGEMENTS = "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS";

// Listing rules cover more than unsafe goods: each rule gets the category that describes it.
const LISTING_VIOLATIONS: Record<string, Classification> = {
  // A fake of a brand, reported by anyone (not its owner): the infringement is the brand's trademark.
  counterfeit: { category: IP_INFRINGEMENTS, keywords: ["KEYWORD_TRADEMARK_INFRINGEMENT"] },
  undeliverable_goods: { keywords: ["KEYWORD_GOODS_SERVICES_NOT_PERMITTED"] },
  duplicate_listing: {
    category: OTHER_TC,
    keywords: ["KEYWORD_OTHER"],
    other: "Duplicate listing re-published to boost its promotion",
  },
  misleading_price: { category: CONSUMER_INFORMATION, keywords: ["KEYWORD_NONCOMPLIANCE_PRICING"] },
  off_platform: {
    category: OTHER_TC,
    keywords: ["KEYWORD_OTHER"],
    other: "Payment or delivery arranged outside the marketplace",
  },
};

const BEHAVIOR_KEYWORDS: Record<string, Keyword> = {
  fake_store: "KEYWORD_INAUTHENTIC_ACCOUNTS",
  stolen_photos: "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING",
  personal_data: "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING",
  logo_misuse: "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING",
  scam: "KEYWORD_INAUTHENTIC_LISTINGS",
};

// Fake orders, ratings, reviews and feedback pressure all fake what buyers say: inauthentic reviews.
const FAKE_REVIEWS: Classification = {
  category: SCAMS_AND_FRAUD,
  keywords: ["KEYWORD_INAUTHENTIC_USER_REVIEWS"],
};
const PROMOTION_SCHEMES: Record<string, Classification> = {
  fake_orders: FAKE_REVIEWS,
  rating_manipulation: FAKE_REVIEWS,
  review_manipulation: FAKE_REVIEWS,
  feedback_extortion: FAKE_REVIEWS,
  // Traffic tricks pull buyers in with titles and keywords that misdescribe the goods.
  traffic_tricks: { category: CONSUMER_INFORMATION, keywords: ["KEYWORD_MISLEADING_INFO_GOODS_SERVICES"] },
};

// An abusive rating: what it is wrong for, in the categories of the database.
const ABUSIVE_RATINGS: Record<string, Classification> = {
  unrelated: { category: OTHER_TC, keywords: ["KEYWORD_OTHER"], other: "Rating unrelated to the order" },
  insulting: { category: "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", keywords: [] },
  personal_data: { category: "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS", keywords: [] },
  competitor: FAKE_REVIEWS,
  extortion: FAKE_REVIEWS,
};

function classifyListingViolation(details: Record<string, unknown>, ground: DecisionGround): Classification {
  if (details.violation !== "prohibited_goods")
    return lookup(LISTING_VIOLATIONS, details.violation) ?? { keywords: [] };
  // Goods banned only by our own rules are "not permitted", not "prohibited" in law.
  const byTermsOnly = ground.kind === "incompatible_content" && ground.alsoIllegal !== true;
  return { keywords: [byTermsOnly ? "KEYWORD_GOODS_SERVICES_NOT_PERMITTED" : "KEYWORD_PROHIBITED_PRODUCTS"] };
}

function classify(
  type: ReportTypeId,
  details: Record<string, unknown>,
  ground: DecisionGround,
): Classification {
  switch (type) {
    case "ip_rights_holder": {
      const keywords = [lookup(IP_KEYWORDS, details.rightType), lookup(IP_KEYWORDS, details.reasonCode)];
      return { keywords: unique(keywords.filter((k) => k !== undefined)) };
    }
    case "copyright":
      return { keywords: ["KEYWORD_COPYRIGHT_INFRINGEMENT"] };
    case "listing_violation":
      return classifyListingViolation(details, ground);
    case "phishing":
      return { keywords: ["KEYWORD_PHISHING"] };
    case "suspicious_behavior": {
      const keyword = lookup(BEHAVIOR_KEYWORDS, details.behavior);
      return { keywords: keyword ? [keyword] : [] };
    }
    case "illegal_promotion":
      return lookup(PROMOTION_SCHEMES, details.scheme) ?? { keywords: [] };
    case "feedback_abuse":
      return lookup(ABUSIVE_RATINGS, details.reason) ?? { keywords: [] };
  }
}

function typeCategory(type: ReportTypeId): StatementCategory {
  const named = reportTypeById(type).dsaCategory;
  const category = STATEMENT_CATEGORIES.find((c) => c === named);
  if (!category) throw new Error(`report type ${type} names no DSA category: ${named}`);
  return category;
}

function categoryFields(type: ReportTypeId, details: Record<string, unknown>, ground: DecisionGround): Part {
  const { category, keywords, other } = classify(type, details, ground);
  return {
    category: category ?? typeCategory(type),
    ...(keywords.length > 0 ? { category_specification: keywords } : {}),
    ...(other ? { category_specification_other: other } : {}),
  };
}
