import { describe, expect, it } from "vitest";
import type { DecisionGround, EnforcementAction } from "../../../contracts/decisions.ts";
import { EEA_COUNTRIES } from "../../../contracts/decisions.ts";
import type { ReportTypeId } from "../../../contracts/report-types.ts";
import { build, context, decisionPart, ILLEGAL, INCOMPATIBLE } from "./statement-of-reasons.fixtures.ts";
import { buildStatement, isRestriction, STORE_CONTENT_TYPE } from "./statement-of-reasons.ts";

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
