import { describe, expect, it } from "vitest";
import type { DecisionGround, EnforcementAction } from "../../../contracts/decisions.ts";
import { EEA_COUNTRIES } from "../../../contracts/decisions.ts";
import type { ReportTypeId } from "../../../contracts/report-types.ts";
import { validateStatement } from "./statement-of-reasons.schema.ts";
import {
  buildStatement,
  isRestriction,
  STORE_CONTENT_TYPE,
  type StatementContext,
} from "./statement-of-reasons.ts";

const ILLEGAL = {
  kind: "illegal_content",
  legalGround: "Art. 9 Regulation (EU) 2017/1001 (EU trade mark)",
  explanation: "The listing offers goods bearing the trade mark without the consent of its owner.",
} satisfies DecisionGround;
const INCOMPATIBLE = {
  kind: "incompatible_content",
  termsSection: "Listing rules, section 4.2",
  explanation: "The listing breaks the listing rules of the marketplace.",
} satisfies DecisionGround;

function context(overrides: Partial<StatementContext> = {}): StatementContext {
  return {
    puid: "redress-case-01JQ2-decision-1",
    actions: [{ type: "remove_listing" }],
    ground: ILLEGAL,
    facts: "A notice showed that the listing offers counterfeit goods; the seller gave no proof of origin.",
    reportType: "ip_rights_holder",
    details: { rightType: "trademark", reasonCode: "counterfeit", rightsOwner: "Acme Brands GmbH" },
    target: { kind: "listing", contentDate: "2026-02-01", language: "en" },
    source: { type: "SOURCE_ARTICLE_16", identity: "Acme Brands GmbH" },
    decidedAt: new Date("2026-03-10T15:30:00Z"),
    termsUrl: "https://market.example/terms/2026-01",
    accountType: "ACCOUNT_TYPE_BUSINESS",
    ...overrides,
  };
}

/** Builds a statement and insists that the EU database would take it. */
function build(overrides: Partial<StatementContext> = {}): Record<string, unknown> {
  const statement = buildStatement(context(overrides));
  expect(statement).not.toBeNull();
  expect(validateStatement(statement)).toEqual({ ok: true });
  return statement as Record<string, unknown>;
}

const DECISION_FIELDS = [
  "decision_visibility",
  "end_date_visibility_restriction",
  "decision_monetary",
  "end_date_monetary_restriction",
  "decision_provision",
  "end_date_service_restriction",
  "decision_account",
  "end_date_account_restriction",
];
const decisionPart = (s: Record<string, unknown>) =>
  Object.fromEntries(DECISION_FIELDS.filter((f) => f in s).map((f) => [f, s[f]]));

describe("buildStatement: actions (decided 2026-03-10)", () => {
  const cases: [string, EnforcementAction[], Record<string, unknown>][] = [
    [
      "remove",
      [{ type: "remove_listing" }],
      { decision_visibility: ["DECISION_VISIBILITY_CONTENT_REMOVED"] },
    ],
    [
      "demote for good",
      [{ type: "demote_listing" }],
      { decision_visibility: ["DECISION_VISIBILITY_CONTENT_DEMOTED"] },
    ],
    [
      "demote 14 days",
      [{ type: "demote_listing", days: 14 }],
      {
        decision_visibility: ["DECISION_VISIBILITY_CONTENT_DEMOTED"],
        end_date_visibility_restriction: "2026-03-24",
      },
    ],
    [
      "restrict 30 days",
      [{ type: "restrict_listing", territories: ["DE", "AT"], days: 30 }],
      {
        decision_visibility: ["DECISION_VISIBILITY_CONTENT_DISABLED"],
        end_date_visibility_restriction: "2026-04-09",
      },
    ],
    [
      "freeze payouts for good",
      [{ type: "freeze_payouts" }],
      { decision_monetary: "DECISION_MONETARY_SUSPENSION" },
    ],
    [
      "freeze payouts 90 days",
      [{ type: "freeze_payouts", days: 90 }],
      { decision_monetary: "DECISION_MONETARY_SUSPENSION", end_date_monetary_restriction: "2026-06-08" },
    ],
    [
      "freeze store 7 days",
      [{ type: "freeze_store", days: 7 }],
      {
        decision_provision: "DECISION_PROVISION_PARTIAL_SUSPENSION",
        end_date_service_restriction: "2026-03-17",
      },
    ],
    ["close store", [{ type: "close_store" }], { decision_account: "DECISION_ACCOUNT_TERMINATED" }],
    [
      "remove + serious strike + 1-day freeze",
      [
        { type: "remove_listing" },
        { type: "strike", severity: "serious" },
        { type: "freeze_store", days: 1 },
      ],
      {
        decision_visibility: ["DECISION_VISIBILITY_CONTENT_REMOVED"],
        decision_provision: "DECISION_PROVISION_PARTIAL_SUSPENSION",
        end_date_service_restriction: "2026-03-11",
      },
    ],
    [
      "close store + freeze payouts",
      [{ type: "close_store" }, { type: "freeze_payouts", days: 30 }],
      {
        decision_monetary: "DECISION_MONETARY_SUSPENSION",
        end_date_monetary_restriction: "2026-04-09",
        decision_account: "DECISION_ACCOUNT_TERMINATED",
      },
    ],
    [
      "close store wins over a freeze",
      [{ type: "strike", severity: "serious" }, { type: "freeze_store", days: 7 }, { type: "close_store" }],
      { decision_account: "DECISION_ACCOUNT_TERMINATED" },
    ],
    [
      "restrict for good + demote 7 days: open-ended",
      [
        { type: "restrict_listing", territories: ["FR"] },
        { type: "demote_listing", days: 7 },
      ],
      {
        decision_visibility: ["DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED"],
      },
    ],
    [
      "restrict 30 + demote 7 days: ends with the later",
      [
        { type: "restrict_listing", territories: ["FR"], days: 30 },
        { type: "demote_listing", days: 7 },
      ],
      {
        decision_visibility: ["DECISION_VISIBILITY_CONTENT_DISABLED", "DECISION_VISIBILITY_CONTENT_DEMOTED"],
        end_date_visibility_restriction: "2026-04-09",
      },
    ],
    [
      "warning + general strike + remove",
      [{ type: "warn_seller" }, { type: "strike", severity: "general" }, { type: "remove_listing" }],
      { decision_visibility: ["DECISION_VISIBILITY_CONTENT_REMOVED"] },
    ],
  ];

  it.each(cases)("%s", (_name, actions, expected) => {
    const statement = build({ actions });
    expect(decisionPart(statement)).toEqual(expected);
    expect(statement.application_date).toBe("2026-03-10");
  });

  it("scopes a statement to the countries of a territorial restriction, else to the whole EEA", () => {
    const restrict: EnforcementAction = { type: "restrict_listing", territories: ["DE", "AT"] };
    expect(build({ actions: [restrict] }).territorial_scope).toEqual(["DE", "AT"]);
    const twice: EnforcementAction[] = [restrict, { type: "restrict_listing", territories: ["AT", "GR"] }];
    expect(build({ actions: twice }).territorial_scope).toEqual(["DE", "AT", "GR"]);
    expect(build({ actions: [restrict, { type: "strike", severity: "general" }] }).territorial_scope).toEqual(
      ["DE", "AT"],
    );
    expect(build({ actions: [restrict, { type: "freeze_payouts" }] }).territorial_scope).toEqual([
      ...EEA_COUNTRIES,
    ]);
    expect(build({ actions: [{ type: "remove_listing" }] }).territorial_scope).toEqual([...EEA_COUNTRIES]);
  });

  it("takes application_date from the UTC day of the decision", () => {
    const statement = build({
      decidedAt: new Date("2026-03-10T23:30:00-02:00"),
      actions: [{ type: "freeze_store", days: 1 }],
    });
    expect(statement.application_date).toBe("2026-03-11");
    expect(statement.end_date_service_restriction).toBe("2026-03-12");
  });
});

describe("buildStatement: report types", () => {
  const cases: [ReportTypeId, Record<string, unknown>, DecisionGround, string, string[] | undefined][] = [
    [
      "ip_rights_holder",
      { rightType: "trademark", reasonCode: "counterfeit" },
      ILLEGAL,
      "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
      ["KEYWORD_TRADEMARK_INFRINGEMENT"],
    ],
    [
      "ip_rights_holder",
      { rightType: "patent", reasonCode: "patent_infringement" },
      ILLEGAL,
      "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
      ["KEYWORD_PATENT_INFRINGEMENT"],
    ],
    [
      "ip_rights_holder",
      { rightType: "design", reasonCode: "design_infringement" },
      ILLEGAL,
      "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
      ["KEYWORD_DESIGN_INFRINGEMENT"],
    ],
    [
      "copyright",
      { workKind: "software" },
      ILLEGAL,
      "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
      ["KEYWORD_COPYRIGHT_INFRINGEMENT"],
    ],
    [
      "listing_violation",
      { violation: "prohibited_goods", prohibitedCategory: "narcotics" },
      ILLEGAL,
      "UNSAFE_AND_PROHIBITED_PRODUCTS",
      ["KEYWORD_PROHIBITED_PRODUCTS"],
    ],
    [
      "listing_violation",
      { violation: "prohibited_goods", prohibitedCategory: "other" },
      INCOMPATIBLE,
      "UNSAFE_AND_PROHIBITED_PRODUCTS",
      ["KEYWORD_GOODS_SERVICES_NOT_PERMITTED"],
    ],
    [
      "listing_violation",
      { violation: "prohibited_goods", prohibitedCategory: "firearms_weapons" },
      { ...INCOMPATIBLE, alsoIllegal: true },
      "UNSAFE_AND_PROHIBITED_PRODUCTS",
      ["KEYWORD_PROHIBITED_PRODUCTS"],
    ],
    [
      "listing_violation",
      { violation: "undeliverable_goods" },
      INCOMPATIBLE,
      "UNSAFE_AND_PROHIBITED_PRODUCTS",
      ["KEYWORD_GOODS_SERVICES_NOT_PERMITTED"],
    ],
    [
      "listing_violation",
      { violation: "duplicate_listing" },
      INCOMPATIBLE,
      "OTHER_VIOLATION_TC",
      ["KEYWORD_OTHER"],
    ],
    [
      "listing_violation",
      { violation: "misleading_price" },
      ILLEGAL,
      "CONSUMER_INFORMATION",
      ["KEYWORD_NONCOMPLIANCE_PRICING"],
    ],
    [
      "listing_violation",
      { violation: "off_platform" },
      INCOMPATIBLE,
      "OTHER_VIOLATION_TC",
      ["KEYWORD_OTHER"],
    ],
    [
      "phishing",
      { suspiciousLink: "https://evil.example/login", channel: "message" },
      ILLEGAL,
      "SCAMS_AND_FRAUD",
      ["KEYWORD_PHISHING"],
    ],
    [
      "suspicious_behavior",
      { behavior: "fake_store" },
      INCOMPATIBLE,
      "SCAMS_AND_FRAUD",
      ["KEYWORD_INAUTHENTIC_ACCOUNTS"],
    ],
    [
      "suspicious_behavior",
      { behavior: "logo_misuse" },
      INCOMPATIBLE,
      "SCAMS_AND_FRAUD",
      ["KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING"],
    ],
    [
      "suspicious_behavior",
      { behavior: "scam" },
      ILLEGAL,
      "SCAMS_AND_FRAUD",
      ["KEYWORD_INAUTHENTIC_LISTINGS"],
    ],
    ["suspicious_behavior", { behavior: "other" }, INCOMPATIBLE, "SCAMS_AND_FRAUD", undefined],
    [
      "illegal_promotion",
      { scheme: "review_manipulation" },
      INCOMPATIBLE,
      "SCAMS_AND_FRAUD",
      ["KEYWORD_INAUTHENTIC_USER_REVIEWS"],
    ],
    [
      "illegal_promotion",
      { scheme: "fake_orders", orderNumber: "A-1" },
      INCOMPATIBLE,
      "SCAMS_AND_FRAUD",
      ["KEYWORD_INAUTHENTIC_USER_REVIEWS"],
    ],
    [
      "illegal_promotion",
      { scheme: "traffic_tricks" },
      INCOMPATIBLE,
      "CONSUMER_INFORMATION",
      ["KEYWORD_MISLEADING_INFO_GOODS_SERVICES"],
    ],
    ["illegal_promotion", { scheme: "other" }, INCOMPATIBLE, "CONSUMER_INFORMATION", undefined],
  ];

  it.each(cases)("%s %o", (reportType, details, ground, category, keywords) => {
    const statement = build({ reportType, details, ground });
    expect(statement.category).toBe(`STATEMENT_CATEGORY_${category}`);
    expect(statement.category_specification).toEqual(keywords);
    expect("category_specification_other" in statement).toBe(keywords?.includes("KEYWORD_OTHER") ?? false);
  });

  it("names copied photos or texts beside the product", () => {
    const photos = build({ reportType: "copyright", details: { workKind: "photos" } });
    expect(photos.content_type).toEqual(["CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_IMAGE"]);
    const text = build({ reportType: "copyright", details: { workKind: "text" } });
    expect(text.content_type).toEqual(["CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_TEXT"]);
  });

  it("keeps personal data of the report out of the statement", () => {
    const details = { workKind: "photos", originalWork: "https://jane.example", signature: "Jane Doe" };
    const statement = build({
      reportType: "copyright",
      details,
      source: { type: "SOURCE_ARTICLE_16", identity: null },
    });
    expect(JSON.stringify(statement)).not.toMatch(/Jane|jane\.example/);
  });
});

describe("buildStatement: grounds, sources, targets", () => {
  it("states an illegal-content ground with its law and explanation", () => {
    const statement = build({ ground: ILLEGAL });
    expect(statement).toMatchObject({
      decision_ground: "DECISION_GROUND_ILLEGAL_CONTENT",
      illegal_content_legal_ground: ILLEGAL.legalGround,
      illegal_content_explanation: ILLEGAL.explanation,
      decision_ground_reference_url: "https://market.example/terms/2026-01",
      automated_detection: "No",
      automated_decision: "AUTOMATED_DECISION_NOT_AUTOMATED",
    });
    expect(Object.keys(statement).filter((k) => k.startsWith("incompatible_"))).toEqual([]);
  });

  it.each([
    [undefined, undefined],
    [true, "Yes"],
    [false, "No"],
  ])("states a terms ground (also illegal: %s)", (alsoIllegal, expected) => {
    const ground: DecisionGround = { ...INCOMPATIBLE, ...(alsoIllegal === undefined ? {} : { alsoIllegal }) };
    const statement = build({
      ground,
      reportType: "listing_violation",
      details: { violation: "off_platform" },
    });
    expect(statement).toMatchObject({
      decision_ground: "DECISION_GROUND_INCOMPATIBLE_CONTENT",
      incompatible_content_ground: "Listing rules, section 4.2",
      incompatible_content_explanation: INCOMPATIBLE.explanation,
    });
    expect(statement.incompatible_content_illegal).toBe(expected);
    expect(Object.keys(statement).filter((k) => k.startsWith("illegal_"))).toEqual([]);
  });

  it("links the terms only when there is a usable URL", () => {
    expect(build({ termsUrl: null })).not.toHaveProperty("decision_ground_reference_url");
    expect(build({ termsUrl: "not a url" })).not.toHaveProperty("decision_ground_reference_url");
  });

  it.each([
    ["SOURCE_ARTICLE_16", "Acme Brands GmbH", "Acme Brands GmbH"],
    ["SOURCE_TRUSTED_FLAGGER", "Consumer Watch e.V.", "Consumer Watch e.V."],
    ["SOURCE_TYPE_OTHER_NOTIFICATION", null, undefined],
    ["SOURCE_ARTICLE_16", "   ", undefined],
    ["SOURCE_VOLUNTARY", "Acme Brands GmbH", undefined],
  ] as const)("source %s with identity %o", (type, identity, expected) => {
    const statement = build({ source: { type, identity } });
    expect(statement.source_type).toBe(type);
    expect(statement.source_identity).toBe(expected);
  });

  it("describes a store as an online store, and a listing as a product", () => {
    const store = build({ target: { kind: "store", contentDate: "2024-05-06", language: null } });
    expect(store).toMatchObject({
      content_type: ["CONTENT_TYPE_OTHER"],
      content_type_other: STORE_CONTENT_TYPE,
    });
    expect(store.content_date).toBe("2024-05-06");
    expect(store).not.toHaveProperty("content_language");
    const listing = build();
    expect(listing).toMatchObject({ content_type: ["CONTENT_TYPE_PRODUCT"], content_language: "EN" });
    expect(listing).not.toHaveProperty("content_type_other");
  });

  it("leaves out a language that is not ISO 639-1, and an unknown account type", () => {
    const statement = build({
      target: { kind: "listing", contentDate: "2026-01-01", language: "und" },
      accountType: null,
    });
    expect(statement).not.toHaveProperty("content_language");
    expect(statement).not.toHaveProperty("account_type");
    expect(build().account_type).toBe("ACCOUNT_TYPE_BUSINESS");
  });

  it("gives a valid statement for every combination of type, ground, source, target and actions", () => {
    const details: [ReportTypeId, Record<string, unknown>][] = [
      ["ip_rights_holder", { rightType: "design", reasonCode: "design_infringement" }],
      ["copyright", { workKind: "photos" }],
      ["listing_violation", { violation: "duplicate_listing" }],
      ["phishing", {}],
      ["suspicious_behavior", { behavior: "personal_data" }],
      ["illegal_promotion", { scheme: "feedback_extortion" }],
    ];
    const sources = [
      "SOURCE_ARTICLE_16",
      "SOURCE_TRUSTED_FLAGGER",
      "SOURCE_VOLUNTARY",
      "SOURCE_TYPE_OTHER_NOTIFICATION",
    ] as const;
    const actionSets: EnforcementAction[][] = [
      [
        { type: "remove_listing" },
        { type: "strike", severity: "serious" },
        { type: "freeze_store", days: 7 },
      ],
      [{ type: "restrict_listing", territories: ["PL"], days: 10 }],
      [{ type: "close_store" }, { type: "freeze_payouts" }],
    ];
    let built = 0;
    for (const [reportType, d] of details)
      for (const ground of [ILLEGAL, INCOMPATIBLE])
        for (const type of sources)
          for (const kind of ["listing", "store"] as const)
            for (const actions of actionSets) {
              const target = { kind, contentDate: "2025-12-24", language: "de" };
              build({
                reportType,
                details: d,
                ground,
                source: { type, identity: "Rights Org" },
                target,
                actions,
              });
              built++;
            }
    expect(built).toBe(6 * 2 * 4 * 2 * 3);
  });

  it("refuses to build a statement the database would reject", () => {
    expect(() => buildStatement(context({ puid: "case 1" }))).toThrow(/puid/);
  });
});

describe("isRestriction", () => {
  it.each<[string, EnforcementAction[]]>([
    ["a warning", [{ type: "warn_seller" }]],
    ["a general strike", [{ type: "strike", severity: "general" }]],
    ["a serious strike the policy did not turn into a freeze", [{ type: "strike", severity: "serious" }]],
    ["a warning and a strike", [{ type: "warn_seller" }, { type: "strike", severity: "general" }]],
  ])("is false for %s, and there is no statement", (_name, actions) => {
    expect(isRestriction(actions)).toBe(false);
    expect(buildStatement(context({ actions }))).toBeNull();
  });

  it("is true as soon as one action restricts", () => {
    expect(isRestriction([{ type: "warn_seller" }, { type: "demote_listing" }])).toBe(true);
    expect(
      isRestriction([
        { type: "strike", severity: "serious" },
        { type: "freeze_store", days: 1 },
      ]),
    ).toBe(true);
  });
});

/** The example from the EU's documentation, which the database stores. */
const EU_EXAMPLE = {
  decision_visibility: ["DECISION_VISIBILITY_CONTENT_DISABLED"],
  decision_monetary: "DECISION_MONETARY_TERMINATION",
  end_date_monetary_restriction: "2023-08-08",
  decision_provision: "DECISION_PROVISION_TOTAL_SUSPENSION",
  decision_account: "DECISION_ACCOUNT_SUSPENDED",
  account_type: "ACCOUNT_TYPE_BUSINESS",
  decision_ground: "DECISION_GROUND_INCOMPATIBLE_CONTENT",
  decision_ground_reference_url: "https://www.anurl.com",
  content_type: ["CONTENT_TYPE_VIDEO", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_SYNTHETIC_MEDIA"],
  category: "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN",
  incompatible_content_ground: "incompatible content grounds",
  incompatible_content_explanation: "incompatible content explanation",
  incompatible_content_illegal: "Yes",
  territorial_scope: ["PT", "ES", "DE"],
  content_language: "EN",
  content_date: "2023-08-08",
  content_id: { "EAN-13": "0123456789123" },
  application_date: "2023-08-08",
  decision_facts: "facts about the decision",
  source_type: "SOURCE_TRUSTED_FLAGGER",
  automated_detection: "No",
  automated_decision: "AUTOMATED_DECISION_PARTIALLY",
  puid: "TK421",
};

/** The example changed: `undefined` removes a field. */
function variant(changes: Record<string, unknown>): Record<string, unknown> {
  const statement: Record<string, unknown> = { ...EU_EXAMPLE, ...changes };
  for (const [field, value] of Object.entries(changes)) if (value === undefined) delete statement[field];
  return statement;
}

function errorsOf(statement: unknown): Record<string, string> {
  const result = validateStatement(statement);
  if (result.ok) throw new Error("expected the statement to be refused");
  return result.errors;
}

const NO_DECISION = {
  decision_visibility: undefined,
  decision_monetary: undefined,
  decision_provision: undefined,
  decision_account: undefined,
  end_date_monetary_restriction: undefined,
};
const ILLEGAL_GROUND = {
  decision_ground: "DECISION_GROUND_ILLEGAL_CONTENT",
  incompatible_content_ground: undefined,
  incompatible_content_explanation: undefined,
  incompatible_content_illegal: undefined,
  illegal_content_legal_ground: "Art. 9 EUTMR",
  illegal_content_explanation: "Counterfeit goods.",
};

describe("validateStatement", () => {
  it("accepts the EU's own example, and nulls in optional fields", () => {
    expect(validateStatement(EU_EXAMPLE)).toEqual({ ok: true });
    expect(validateStatement(variant({ territorial_scope: null, content_language: null }))).toEqual({
      ok: true,
    });
    expect(validateStatement(variant(ILLEGAL_GROUND))).toEqual({ ok: true });
    expect(
      validateStatement(
        variant({
          decision_visibility_other: undefined,
          ...NO_DECISION,
          decision_account: "DECISION_ACCOUNT_TERMINATED",
        }),
      ),
    ).toEqual({ ok: true });
  });

  it("counts characters, not UTF-16 units", () => {
    const other = {
      decision_visibility: ["DECISION_VISIBILITY_OTHER"],
      decision_visibility_other: "\u{1F600}".repeat(500),
    };
    expect(validateStatement(variant(other))).toEqual({ ok: true });
  });

  it.each([
    "decision_ground",
    "content_type",
    "category",
    "content_date",
    "application_date",
    "decision_facts",
    "source_type",
    "automated_detection",
    "automated_decision",
    "puid",
  ])("requires %s", (field) => {
    expect(errorsOf(variant({ [field]: undefined }))[field]).toBe("is required");
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["no decision at all", NO_DECISION, "decision_visibility"],
    ["an empty visibility decision", { ...NO_DECISION, decision_visibility: [] }, "decision_visibility"],
    [
      "OTHER visibility without its text",
      { decision_visibility: ["DECISION_VISIBILITY_OTHER"] },
      "decision_visibility_other",
    ],
    [
      "visibility text without OTHER",
      { decision_visibility_other: "Greyed out" },
      "decision_visibility_other",
    ],
    [
      "OTHER monetary without its text",
      { decision_monetary: "DECISION_MONETARY_OTHER" },
      "decision_monetary_other",
    ],
    ["monetary text without OTHER", { decision_monetary_other: "Fee" }, "decision_monetary_other"],
    ["OTHER content type without its text", { content_type: ["CONTENT_TYPE_OTHER"] }, "content_type_other"],
    ["content type text without OTHER", { content_type_other: "Store" }, "content_type_other"],
    [
      "keyword text without KEYWORD_OTHER",
      { category_specification: ["KEYWORD_PHISHING"], category_specification_other: "x" },
      "category_specification_other",
    ],
    ["an unknown category", { category: "STATEMENT_CATEGORY_COUNTERFEITS" }, "category"],
    ["an unknown keyword", { category_specification: ["KEYWORD_COUNTERFEIT"] }, "category_specification"],
    [
      "an unknown visibility decision",
      { decision_visibility: ["DECISION_VISIBILITY_HIDDEN"] },
      "decision_visibility",
    ],
    ["a lower-case Yes", { automated_detection: "yes" }, "automated_detection"],
    [
      "a boolean for incompatible_content_illegal",
      { incompatible_content_illegal: true },
      "incompatible_content_illegal",
    ],
    ["a puid with a space", { puid: "TK 421" }, "puid"],
    ["a puid of 501 characters", { puid: "a".repeat(501) }, "puid"],
    ["an empty puid", { puid: "" }, "puid"],
    [
      "an end date before the application date",
      { end_date_monetary_restriction: "2023-08-07" },
      "end_date_monetary_restriction",
    ],
    [
      "an end date after 2038-01-01",
      { end_date_monetary_restriction: "2038-01-02" },
      "end_date_monetary_restriction",
    ],
    ["a content date before 2000", { content_date: "1999-12-31" }, "content_date"],
    [
      "an application date before 2020",
      { application_date: "2019-12-31", end_date_monetary_restriction: undefined },
      "application_date",
    ],
    ["a day that does not exist", { content_date: "2023-02-30" }, "content_date"],
    ["a date in another format", { application_date: "08/08/2023" }, "application_date"],
    ["a country outside the EEA", { territorial_scope: ["DE", "CH"] }, "territorial_scope"],
    ["Greece as EL", { territorial_scope: ["EL"] }, "territorial_scope"],
    ["a lower-case language", { content_language: "en" }, "content_language"],
    ["a language that does not exist", { content_language: "XX" }, "content_language"],
    ["an EAN of 12 digits", { content_id: { "EAN-13": "012345678912" } }, "content_id.EAN-13"],
    ["another product id", { content_id: { GTIN: "0123456789123" } }, "content_id.GTIN"],
    ["facts of 5001 characters", { decision_facts: "x".repeat(5001) }, "decision_facts"],
    ["blank facts", { decision_facts: "   " }, "decision_facts"],
    [
      "a reference that is no URL",
      { decision_ground_reference_url: "terms section 4" },
      "decision_ground_reference_url",
    ],
    [
      "ILLEGAL without its legal ground",
      { ...ILLEGAL_GROUND, illegal_content_legal_ground: undefined },
      "illegal_content_legal_ground",
    ],
    [
      "ILLEGAL without its explanation",
      { ...ILLEGAL_GROUND, illegal_content_explanation: undefined },
      "illegal_content_explanation",
    ],
    [
      "ILLEGAL with a legal ground of 501 characters",
      { ...ILLEGAL_GROUND, illegal_content_legal_ground: "x".repeat(501) },
      "illegal_content_legal_ground",
    ],
    [
      "ILLEGAL with incompatible_content_illegal",
      { ...ILLEGAL_GROUND, incompatible_content_illegal: "No" },
      "incompatible_content_illegal",
    ],
    [
      "ILLEGAL with a terms section",
      { ...ILLEGAL_GROUND, incompatible_content_ground: "4.2" },
      "incompatible_content_ground",
    ],
    [
      "INCOMPATIBLE without its terms section",
      { incompatible_content_ground: undefined },
      "incompatible_content_ground",
    ],
    [
      "INCOMPATIBLE without its explanation",
      { incompatible_content_explanation: undefined },
      "incompatible_content_explanation",
    ],
    [
      "INCOMPATIBLE with a legal ground",
      { illegal_content_legal_ground: "Art. 9 EUTMR" },
      "illegal_content_legal_ground",
    ],
    [
      "a notifier on an own-initiative decision",
      { source_type: "SOURCE_VOLUNTARY", source_identity: "Acme" },
      "source_identity",
    ],
    ["a field the database does not know", { platform_name: "Redress" }, "platform_name"],
  ])("refuses %s", (_name, changes, field) => {
    expect(errorsOf(variant(changes))).toHaveProperty([field]);
  });

  it("names every wrong field at once", () => {
    const errors = errorsOf(
      variant({
        puid: "TK 421",
        category: "nope",
        source_type: "SOURCE_VOLUNTARY",
        source_identity: "Acme",
        uuid: "x",
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(["category", "puid", "source_identity", "uuid"]);
  });

  it("refuses what is not an object", () => {
    expect(errorsOf("statement")).toHaveProperty("statement");
    expect(errorsOf(null)).toHaveProperty("statement");
  });
});
