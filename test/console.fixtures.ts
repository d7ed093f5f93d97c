import { expect } from "vitest";
import type { TestApp, TestUser } from "./app.ts";
import { listingReport } from "./reports.fixtures.ts";

/** A seller with a store and a listing, and a guest report on that listing: one open case. */
export async function reportedListing(t: TestApp, reporterEmail = "reporter@example.test") {
  const seller = await t.signUp("member", "Sally Seller");
  const store = await t.createStore({ sellerUserId: seller.id, name: "Sally's Store" });
  const listing = await t.createListing(store.id, "Painkillers, no prescription");
  const res = await t.app.inject({
    method: "POST",
    url: "/api/v1/reports",
    payload: listingReport(listing.url, { contactEmail: reporterEmail }),
  });
  if (res.statusCode !== 201) throw new Error(`report failed: ${res.body}`);
  return { seller, store, listing, report: res.json(), caseId: res.json().caseId as string };
}

export const removeWithSeriousStrike = (seenEventCount: number) => ({
  outcome: "action_taken",
  seenEventCount,
  actions: [{ type: "remove_listing" }, { type: "strike", severity: "serious" }],
  ground: {
    kind: "incompatible_content",
    termsSection: "Prohibited items policy, section 3 (medicines)",
    explanation: "Prescription medicines may not be sold on the marketplace.",
  },
  facts: "The listing offered prescription-only painkillers to anyone, without a prescription.",
  messageToReporters: "Thank you: the listing is gone.",
});

/** A terms-of-service ground and facts that fit any listing decision in a test. */
export const listingGround = {
  kind: "incompatible_content",
  termsSection: "Listing rules, section 4",
  explanation: "Such goods may not be offered.",
};
export const listingFacts = "The listing offered goods that our rules do not allow on the marketplace.";

/** Decides a case as the console does: reads its page for the event count the decision must name. */
export async function decideCase(
  t: TestApp,
  moderator: TestUser,
  caseId: string,
  body: Record<string, unknown>,
) {
  const page = await t.app.inject({
    method: "GET",
    url: `/api/v1/console/cases/${caseId}`,
    headers: { ...moderator.headers },
  });
  const res = await t.app.inject({
    method: "POST",
    url: `/api/v1/console/cases/${caseId}/decision`,
    headers: { ...moderator.headers },
    payload: { ...body, seenEventCount: page.json().eventCount },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
