import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("the moderation console (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  let otherMod: TestUser;
  let ipMod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
    otherMod = await t.signUp("moderator", "Olaf Mod", ["listing_compliance"]);
    ipMod = await t.signUp("moderator", "Ivy Mod", ["ip_protection"]);
  });
  afterAll(() => t.close());

  const get = (url: string, user?: TestUser) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });
  const post = (url: string, user: TestUser, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: "POST", url, headers: { ...user.headers }, payload });

  it("refuses guests, members and sellers, and moderators of other departments", async () => {
    const { caseId, seller } = await reportedListing(t);
    expect((await get("/api/v1/console/cases")).statusCode).toBe(401);
    expect((await get("/api/v1/console/cases", seller)).statusCode).toBe(403);
    expect((await get(`/api/v1/console/cases/${caseId}`, seller)).statusCode).toBe(403);
    expect((await post(`/api/v1/console/cases/${caseId}/claim`, seller)).statusCode).toBe(403);
    expect((await get(`/api/v1/console/cases/${caseId}`, ipMod)).statusCode).toBe(403);
    const ipQueue = (await get("/api/v1/console/cases", ipMod)).json();
    expect(ipQueue.items.some((c: { id: string }) => c.id === caseId)).toBe(false);
    expect((await get("/api/v1/console/cases?department=listing_compliance", ipMod)).statusCode).toBe(403);
  });

  it("orders the queue by priority then SLA, pages it by cursor and counts per department", async () => {
    const fresh = await buildTestApp(dialect);
    try {
      const m = await fresh.signUp("moderator", "Queue Mod", ["listing_compliance"]);
      const severe = await fresh.createListing(undefined, "Narcotics");
      const mild = await fresh.createListing(undefined, "Hidden price");
      const mildLater = await fresh.createListing(undefined, "Hidden price 2");
      const file = (url: string, details: Record<string, unknown>) =>
        fresh.app.inject({
          method: "POST",
          url: "/api/v1/reports",
          payload: listingReport(url, { details }),
        });
      await file(mild.url, { violation: "misleading_price" });
      fresh.clock.advanceHours(1);
      await file(mildLater.url, { violation: "misleading_price" });
      await file(severe.url, { violation: "prohibited_goods", prohibitedCategory: "narcotics" });
      const page1 = (
        await fresh.app.inject({
          method: "GET",
          url: "/api/v1/console/cases?limit=2",
          headers: { ...m.headers },
        })
      ).json();
      expect(page1.items.map((c: { targetTitle: string }) => c.targetTitle)).toEqual([
        "Narcotics",
        "Hidden price",
      ]);
      const page2 = (
        await fresh.app.inject({
          method: "GET",
          url: `/api/v1/console/cases?limit=2&cursor=${page1.nextCursor}`,
          headers: { ...m.headers },
        })
      ).json();
      expect(page2.items.map((c: { targetTitle: string }) => c.targetTitle)).toEqual(["Hidden price 2"]);
      expect(page2.nextCursor).toBeNull();
      expect(page1.counts).toEqual([{ department: "listing_compliance", open: 3, overdue: 0 }]);
      const byType = await fresh.app.inject({
        method: "GET",
        url: "/api/v1/console/cases?type=listing_violation",
        headers: { ...m.headers },
      });
      expect(byType.json().items).toHaveLength(3);
      const none = await fresh.app.inject({
        method: "GET",
        url: "/api/v1/console/cases?type=phishing",
        headers: { ...m.headers },
      });
      expect(none.json().items).toEqual([]);

      fresh.clock.advanceHours(47.5); // 48.5 h after the first report, 47.5 h after the others
      const overdue = (
        await fresh.app.inject({
          method: "GET",
          url: "/api/v1/console/cases?overdue=true",
          headers: { ...m.headers },
        })
      ).json();
      expect(overdue.items.map((c: { targetTitle: string }) => c.targetTitle)).toEqual(["Hidden price"]);
      expect(overdue.items[0].overdue).toBe(true);
      expect(overdue.counts[0].overdue).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it("shows the case page: snapshot, reports with reporter identity for staff, seller, notes and events", async () => {
    const { caseId, report, store } = await reportedListing(t, "who@example.test");
    await post(`/api/v1/console/cases/${caseId}/notes`, mod, {
      body: "Looks like a pharmacy without licence.",
    });
    const detail = (await get(`/api/v1/console/cases/${caseId}`, mod)).json();
    expect(detail.snapshot.title).toBe("Painkillers, no prescription");
    expect(detail.current.status).toBe("active");
    expect(detail.reports).toHaveLength(1);
    expect(detail.reports[0]).toMatchObject({ reference: report.reference, descriptionLanguage: "en" });
    expect(detail.reports[0].reporter).toMatchObject({
      email: "who@example.test",
      isGuest: true,
      reportsFiled: 1,
    });
    expect(detail.seller).toMatchObject({ storeId: store.id, storeName: "Sally's Store", activeStrikes: [] });
    expect(
      detail.notes.map((n: { body: string; author: { name: string } }) => [n.body, n.author.name]),
    ).toEqual([["Looks like a pharmacy without licence.", "Mia Mod"]]);
    expect(detail.events.map((e: { type: string }) => e.type)).toEqual(["case.opened", "report.attached"]);
    expect(detail.eventCount).toBe(2);
  });

  it("lets one moderator claim a case at a time, and another take it when the claim runs out", async () => {
    const { caseId, report } = await reportedListing(t);
    const claimed = await post(`/api/v1/console/cases/${caseId}/claim`, mod);
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json().claimedBy.name).toBe("Mia Mod");
    const token = new URL(report.trackingUrl).searchParams.get("token");
    expect((await get(`/api/v1/reports/${report.id}?token=${token}`)).json().status).toBe("in_review");
    const refused = await post(`/api/v1/console/cases/${caseId}/claim`, otherMod);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "claimed_by_other",
      message: "Mia Mod is working on this case.",
    });
    const queue = (await get("/api/v1/console/cases?mine=true", mod)).json();
    expect(queue.items.map((c: { id: string }) => c.id)).toContain(caseId);
    t.clock.advanceHours(0.6);
    expect((await post(`/api/v1/console/cases/${caseId}/claim`, otherMod)).json().claimedBy.name).toBe(
      "Olaf Mod",
    );
  });
});
