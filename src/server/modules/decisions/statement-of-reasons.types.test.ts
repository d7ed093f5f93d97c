import { describe, expect, it } from "vitest";
import type { DecisionGround } from "../../../contracts/decisions.ts";
import type { ReportTypeId } from "../../../contracts/report-types.ts";
import { build, ILLEGAL, INCOMPATIBLE } from "./statement-of-reasons.fixtures.ts";

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
      { violation: "counterfeit" },
      INCOMPATIBLE,
      "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
      ["KEYWORD_TRADEMARK_INFRINGEMENT"],
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
