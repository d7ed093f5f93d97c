import type { TestApp } from "./app.ts";
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
