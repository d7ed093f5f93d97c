import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";
import { mailsTo } from "../../../../test/rights.fixtures.ts";

const dialects = await availableDialects();

const ground = {
  kind: "incompatible_content",
  termsSection: "Prohibited items policy, section 3 (medicines)",
  explanation: "Prescription medicines may not be sold on the marketplace.",
};
const facts = "The listing offered prescription-only painkillers to anyone, without a prescription.";
const YEAR_MS = 365 * 86_400_000;

describe.each(dialects)("what sellers and reporters are told of strikes (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  let seller: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
    seller = await t.signUp("member", "Stan Seller");
  });
  afterAll(() => t.close());

  let n = 0;
  /** A guest report on a new listing of a new store of the seller, decided with these actions. */
  const decided = async (actions: Record<string, unknown>[]) => {
    const store = await t.createStore({ sellerUserId: seller.id, name: `Stan's store ${++n}` });
    const listing = await t.createListing(store.id, `Painkillers ${n}`);
    const reporter = `reporter-${n}@example.test`;
    const filed = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url, { contactEmail: reporter }),
    });
    const { caseId, id: reportId, trackingUrl } = filed.json();
    const seen = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/decision`,
      headers: { ...mod.headers },
      payload: { outcome: "action_taken", seenEventCount: seen.eventCount, actions, ground, facts },
    });
    expect(res.statusCode).toBe(200);
    const token = new URL(trackingUrl).searchParams.get("token");
    const mine = (
      await t.app.inject({ method: "GET", url: `/api/v1/reports/${reportId}?token=${token}` })
    ).json();
    const received = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/me/received/${caseId}`,
        headers: { ...seller.headers },
      })
    ).json();
    // The receipt and the decision may carry the same time stamp: pick the decision by its subject.
    const reporterMail = (await mailsTo(t, reporter)).find((m) => m.subject.startsWith("Decision on"));
    const sellerMail = (await mailsTo(t, seller.email)).find((m) => m.text.includes(`Painkillers ${n}`));
    return { mine, received, reporterMail, sellerMail, caseId };
  };

  it("tells the seller the strike's kind, end, its live strikes and what the next serious one brings", async () => {
    const decidedAt = t.clock.now().getTime();
    const { received, sellerMail } = await decided([
      { type: "remove_listing" },
      { type: "strike", severity: "serious" },
    ]);
    expect(received.decision.strikes).toEqual([
      expect.objectContaining({ severity: "serious", removedAt: null }),
    ]);
    expect(new Date(received.decision.strikes[0].expiresAt).getTime()).toBe(decidedAt + YEAR_MS);
    expect(received.strikeStanding).toEqual({
      liveStrikes: 1,
      liveSerious: 1,
      lifetimeDays: 365,
      nextSerious: { type: "freeze_store", days: 7 },
    });
    const expires = new Date(decidedAt + YEAR_MS).toISOString().slice(0, 10);
    expect(sellerMail?.text).toContain(`a serious strike, which counts until ${expires}`);
    expect(sellerMail?.text).toContain("strikes count for 365 days");
    expect(sellerMail?.text).toContain("You now have 1 live strike, 1 of them serious.");
    expect(sellerMail?.text).toContain("your next serious strike would freeze your store for 7 days");
  });

  it("counts the seller's strikes across its stores and says when the next serious one closes the store", async () => {
    const { received, sellerMail } = await decided([
      { type: "remove_listing" },
      { type: "strike", severity: "serious" },
    ]);
    expect(received.strikeStanding).toMatchObject({
      liveStrikes: 2,
      liveSerious: 2,
      nextSerious: { type: "close_store", days: null },
    });
    expect(sellerMail?.text).toContain("You now have 2 live strikes, 2 of them serious.");
    expect(sellerMail?.text).toContain("your next serious strike would close your store");
  });

  it("tells the seller of a general strike that restricts nothing, by mail and on the Received page", async () => {
    const { received, sellerMail, mine, reporterMail } = await decided([
      { type: "strike", severity: "general" },
    ]);
    expect(received.decision.strikes).toEqual([expect.objectContaining({ severity: "general" })]);
    expect(received.strikeStanding.liveStrikes).toBe(3);
    expect(sellerMail?.text).toContain("a general strike");
    expect(sellerMail?.text).toContain("taken action on");
    expect(mine.outcome.text).toBe("We took action: the seller faces measures under our rules.");
    expect(reporterMail?.text).toContain("the seller faces measures under our rules");
  });

  it("tells reporters what happened to the listing, not the seller's strikes or payout freeze", async () => {
    const { mine, reporterMail } = await decided([
      { type: "remove_listing" },
      { type: "strike", severity: "serious" },
      { type: "freeze_payouts", days: 30 },
      { type: "warn_seller" },
    ]);
    // The third serious strike closes the store: that buyers see too, so the reporter is told.
    expect(mine.outcome.text).toBe("We took action: the listing was removed; the store was closed.");
    for (const text of [JSON.stringify(mine), reporterMail?.text ?? ""]) {
      expect(text).toContain("the listing was removed");
      expect(text).not.toMatch(/strike|payout|frozen|warned/i);
    }
  });
});
