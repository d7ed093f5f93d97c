import { expect } from "vitest";
import type { DecisionGround } from "../../../contracts/decisions.ts";
import { validateStatement } from "./statement-of-reasons.schema.ts";
import { buildStatement, type StatementContext } from "./statement-of-reasons.ts";

/** Shared inputs of the statement builder's tests. */
export const ILLEGAL = {
  kind: "illegal_content",
  legalGround: "Art. 9 Regulation (EU) 2017/1001 (EU trade mark)",
  explanation: "The listing offers goods bearing the trade mark without the consent of its owner.",
} satisfies DecisionGround;
export const INCOMPATIBLE = {
  kind: "incompatible_content",
  termsSection: "Listing rules, section 4.2",
  explanation: "The listing breaks the listing rules of the marketplace.",
} satisfies DecisionGround;

export function context(overrides: Partial<StatementContext> = {}): StatementContext {
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
export function build(overrides: Partial<StatementContext> = {}): Record<string, unknown> {
  const statement = buildStatement(context(overrides));
  expect(statement).not.toBeNull();
  expect(validateStatement(statement)).toEqual({ ok: true });
  return statement as Record<string, unknown>;
}

export const DECISION_FIELDS = [
  "decision_visibility",
  "end_date_visibility_restriction",
  "decision_monetary",
  "end_date_monetary_restriction",
  "decision_provision",
  "end_date_service_restriction",
  "decision_account",
  "end_date_account_restriction",
];
export const decisionPart = (s: Record<string, unknown>) =>
  Object.fromEntries(DECISION_FIELDS.filter((f) => f in s).map((f) => [f, s[f]]));
