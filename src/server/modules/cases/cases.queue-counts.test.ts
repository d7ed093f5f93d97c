import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("the queue's counts, kept for a few seconds (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect, { queueCountsMaxAgeSeconds: 5 });
    mod = await t.signUp("moderator", "Count Mod", ["listing_compliance", "fraud_security"]);
  });
  afterAll(() => t.close());

  async function openCounts() {
    const res = await t.app.inject({
      method: "GET",
      url: "/api/v1/console/cases",
      headers: { ...mod.headers },
    });
    expect(res.statusCode).toBe(200);
    const counts = res.json().counts as { department: string; open: number }[];
    return counts.find((c) => c.department === "listing_compliance")?.open ?? 0;
  }

  async function reportNewListing() {
    const listing = await t.createListing();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url),
    });
    expect(res.statusCode).toBe(201);
  }

  it("reuses a count for its age limit, then counts again; the cases themselves are always current", async () => {
    expect(await openCounts()).toBe(0);
    await reportNewListing();
    // Counted at the first page (no open case): kept, though a case opened since.
    expect(await openCounts()).toBe(0);
    const queue = await t.app.inject({
      method: "GET",
      url: "/api/v1/console/cases",
      headers: { ...mod.headers },
    });
    expect(queue.json().items).toHaveLength(1);
    t.clock.advanceHours(6 / 3600);
    expect(await openCounts()).toBe(1);
    await reportNewListing();
    expect(await openCounts()).toBe(1);
    t.clock.advanceHours(6 / 3600);
    expect(await openCounts()).toBe(2);
  });

  it("keeps the count in the database, where another instance's count is read as its own", async () => {
    t.clock.advanceHours(6 / 3600);
    const shown = await openCounts();
    const kept = await t.db
      .selectFrom("queue_counts")
      .selectAll()
      .where("department", "=", "listing_compliance")
      .executeTakeFirstOrThrow();
    expect(kept.open_count).toBe(shown);
    // As if another instance had just counted: this instance shows that count, not its own.
    await t.db
      .updateTable("queue_counts")
      .set({ open_count: 42 })
      .where("department", "=", "listing_compliance")
      .execute();
    expect(await openCounts()).toBe(42);
  });
});
