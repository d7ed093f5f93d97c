import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { fileIpComplaint } from "../../../../test/ip.fixtures.ts";
import { createWorker } from "../../worker.ts";

const dialects = await availableDialects();

const removal = {
  outcome: "action_taken",
  actions: [{ type: "remove_listing" }],
  ground: {
    kind: "illegal_content",
    legalGround: "EU Trade Mark Regulation, Art. 9",
    explanation: "The listing uses the ORBIS trademark.",
  },
  facts: "The listing offered watches bearing the ORBIS trademark without the owner's consent.",
};

describe.each(dialects)("IP counter-notices (%s)", (dialect) => {
  let t: TestApp;
  let ipMod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set(new Date("2026-11-26T10:00:00Z")); // a Thursday
    ipMod = await t.signUp("moderator", "Ivy IP", ["ip_protection"]);
  });
  afterAll(() => t.close());

  async function removedByIpComplaint() {
    const seller = await t.signUp("member", "Watch Seller");
    const store = await t.createStore({ sellerUserId: seller.id });
    const listing = await t.createListing(store.id, "Orbis-like watch");
    const { res, holder } = await fileIpComplaint(t, [listing.url]);
    const report = res.json();
    const seen = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${report.caseId}`,
        headers: { ...ipMod.headers },
      })
    ).json();
    await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${report.caseId}/decision`,
      headers: { ...ipMod.headers },
      payload: { ...removal, seenEventCount: seen.eventCount },
    });
    return { seller, listing, report, holder };
  }
  const file = (seller: TestUser, caseId: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${caseId}/counter-notices`,
      headers: { ...seller.headers },
      payload: {
        statement: "These are genuine ORBIS watches bought from the official distributor; invoices attached.",
      },
    });

  it("goes from the seller's counter-notice to the rights holder's reply to IP Protection's reinstatement", async () => {
    const { seller, listing, report, holder } = await removedByIpComplaint();
    const filed = await file(seller, report.caseId);
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({
      attempt: 1,
      status: "awaiting_reply",
      replyDueAt: "2026-12-01T10:00:00.000Z",
    });
    expect((await file(seller, report.caseId)).json().error.code).toBe("counter_notice_pending");

    const replied = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/counter-notice-reply`,
      headers: { ...holder.headers },
      payload: { reply: "The serial numbers do not exist in our records: these are fakes." },
    });
    expect(replied.statusCode).toBe(204);
    const queue = (
      await t.app.inject({
        method: "GET",
        url: "/api/v1/console/counter-notices",
        headers: { ...ipMod.headers },
      })
    ).json();
    expect(queue.items.map((c: { id: string }) => c.id)).toContain(filed.json().id);
    const other = await t.signUp("moderator", "Lea", ["listing_compliance"]);
    expect(
      (
        await t.app.inject({
          method: "GET",
          url: "/api/v1/console/counter-notices",
          headers: { ...other.headers },
        })
      ).statusCode,
    ).toBe(403);

    const decided = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/counter-notices/${filed.json().id}/decision`,
      headers: { ...ipMod.headers },
      payload: {
        outcome: "reinstate",
        reason: "The invoices prove the watches come from the official distributor.",
      },
    });
    expect(decided.statusCode).toBe(200);
    const row = await t.db
      .selectFrom("listings")
      .select("status")
      .where("id", "=", listing.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("active");
    await t.worker.drain();
    const mails = (await t.app.inject({ method: "GET", url: "/api/v1/dev/mailbox" })).json().items;
    const told = mails
      .filter((m: { subject: string }) => m.subject.includes("listing reinstated"))
      .map((m: { to: string }) => m.to);
    expect(told).toEqual(expect.arrayContaining([seller.email, holder.email]));
  });

  it("moves an unanswered counter-notice to IP Protection once, when the reply time is over, also after a restart", async () => {
    const { seller, report, holder } = await removedByIpComplaint();
    const filed = (await file(seller, report.caseId)).json();
    t.clock.set(new Date("2026-11-30T10:00:00Z")); // Monday: one business day left
    await t.worker.drain();
    expect(
      (
        await t.db
          .selectFrom("counter_notices")
          .select("status")
          .where("id", "=", filed.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("awaiting_reply");
    t.clock.set(new Date("2026-12-01T10:00:01Z"));
    await t.worker.drain();
    const restarted = createWorker(
      {
        database: { db: t.db, dialect, destroy: async () => {} },
        clock: t.clock,
        mailer: { kind: "dev-mailbox", send: async () => {}, close: async () => {} },
        config: t.config,
      },
      0,
    );
    await restarted.drain();
    expect(
      (
        await t.db
          .selectFrom("counter_notices")
          .select("status")
          .where("id", "=", filed.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("awaiting_decision");
    const events = await t.db
      .selectFrom("case_events")
      .select("type")
      .where("case_id", "=", report.caseId)
      .where("type", "=", "counter_notice.reply_time_over")
      .execute();
    expect(events).toHaveLength(1);
    const late = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/counter-notice-reply`,
      headers: { ...holder.headers },
      payload: { reply: "Replying after the three business days are over." },
    });
    expect(late.json().error.code).toBe("no_counter_notice");
  });

  it("refuses a first counter-notice after 3 business days", async () => {
    t.clock.set(new Date("2026-12-03T10:00:00Z")); // a Thursday
    const { seller, report } = await removedByIpComplaint();
    t.clock.set(new Date("2026-12-08T10:00:01Z")); // Tuesday after: 3 business days and a second later
    expect((await file(seller, report.caseId)).json().error.code).toBe("counter_notice_too_late");
  });
});
