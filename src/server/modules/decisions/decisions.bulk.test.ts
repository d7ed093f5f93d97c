import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";

const dialects = await availableDialects();

const removal = {
  outcome: "action_taken",
  actions: [{ type: "remove_listing" }],
  ground: {
    kind: "incompatible_content",
    termsSection: "Prohibited items, section 3",
    explanation: "Medicines may not be sold.",
  },
  facts: "The listing offered prescription-only medicines without prescription.",
};

describe.each(dialects)("bulk decisions and macros (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const seen = async (caseId: string) =>
    (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...mod.headers },
      })
    ).json().eventCount as number;

  it("applies one decision to several cases and reports each case's result", async () => {
    const a = await reportedListing(t);
    const b = await reportedListing(t);
    const c = await reportedListing(t);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/console/bulk-decision",
      headers: { ...mod.headers },
      payload: {
        cases: [
          { caseId: a.caseId, seenEventCount: await seen(a.caseId) },
          { caseId: b.caseId, seenEventCount: 0 },
          { caseId: c.caseId, seenEventCount: await seen(c.caseId) },
        ],
        decision: removal,
      },
    });
    expect(res.statusCode).toBe(200);
    expect(
      res.json().results.map((r: { ok: boolean; error?: { code: string } }) => r.error?.code ?? "ok"),
    ).toEqual(["ok", "stale_case", "ok"]);
    const statuses = await t.db
      .selectFrom("listings")
      .select(["id", "status"])
      .where("id", "in", [a.listing.id, b.listing.id, c.listing.id])
      .execute();
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [a.listing.id]: "removed",
      [b.listing.id]: "active",
      [c.listing.id]: "removed",
    });
  });

  it("saves decisions as macros, lists them for staff only, and lets the author delete them", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/console/macros",
      headers: { ...mod.headers },
      payload: { name: "Prescription medicines", department: "listing_compliance", decision: removal },
    });
    expect(created.statusCode).toBe(201);
    const list = await t.app.inject({
      method: "GET",
      url: "/api/v1/console/macros",
      headers: { ...mod.headers },
    });
    expect(list.json().items.map((m: { name: string }) => m.name)).toContain("Prescription medicines");
    const member = await t.signUp();
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/v1/console/macros",
          headers: { ...member.headers },
        })
      ).statusCode,
    ).toBe(403);
    const ipMod = await t.signUp("moderator", "Ivy", ["ip_protection"]);
    const ipList = await t.app.inject({
      method: "GET",
      url: "/api/v1/console/macros",
      headers: { ...ipMod.headers },
    });
    expect(ipList.json().items).toEqual([]);
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/v1/console/macros",
      headers: { ...mod.headers },
      payload: { name: "x", decision: { outcome: "no_action", reason: "bogus" } },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(["name"]));
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/v1/console/macros/${created.json().id}`,
      headers: { ...mod.headers },
    });
    expect(del.statusCode).toBe(204);
  });
});
