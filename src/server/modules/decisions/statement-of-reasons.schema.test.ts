import { describe, expect, it } from "vitest";
import { validateStatement } from "./statement-of-reasons.schema.ts";

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
