import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { removeWithSeriousStrike } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("the seller's history on the case page (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  let n = 0;
  const report = async (storeId: string) => {
    const listing = await t.createListing(storeId, `Listing ${++n}`);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url, { contactEmail: `history-${n}@example.test` }),
    });
    expect(res.statusCode).toBe(201);
    return res.json().caseId as string;
  };
  const detail = async (caseId: string) =>
    (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json();
  const decide = async (caseId: string, body: Record<string, unknown>) => {
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/decision`,
      headers: { ...mod.headers },
      payload: { ...body, seenEventCount: (await detail(caseId)).eventCount },
    });
    expect(res.statusCode).toBe(200);
  };

  it("counts the earlier cases and decisions of all the seller's stores, as its strikes are", async () => {
    const seller = await t.signUp("member", "Multi Store");
    const first = await t.createStore({ sellerUserId: seller.id, name: "First store" });
    const second = await t.createStore({ sellerUserId: seller.id, name: "Second store" });
    const struck = await report(first.id);
    await decide(struck, removeWithSeriousStrike(0));
    await decide(await report(first.id), { outcome: "no_action", reason: "not_violation" });
    const pending = await report(first.id);

    const now = await detail(await report(second.id));
    expect(now.seller.storeName).toBe("Second store");
    expect(now.seller.activeStrikes).toEqual([
      expect.objectContaining({ severity: "serious", storeName: "First store" }),
    ]);
    expect(now.seller.earlierCases.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([struck, pending]),
    );
    expect(now.seller.earlierCases.every((c: { storeName: string }) => c.storeName === "First store")).toBe(
      true,
    );
    expect(now.seller.earlierCounts).toEqual({ cases: 3, actionTaken: 1, noAction: 1 });
    expect(now.seller.storeCount).toBe(2);
  });

  it("keeps a store without a seller account on its own", async () => {
    const lone = await t.createStore({ name: "Lone store" });
    const other = await t.createStore({ name: "Other lone store" });
    await report(other.id);
    const earlier = await report(lone.id);
    const now = await detail(await report(lone.id));
    expect(now.seller.earlierCases.map((c: { id: string }) => c.id)).toEqual([earlier]);
    expect(now.seller.earlierCounts).toEqual({ cases: 1, actionTaken: 0, noAction: 0 });
    expect(now.seller.storeCount).toBe(1);
  });
});
