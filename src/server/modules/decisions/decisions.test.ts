import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { removeWithSeriousStrike, reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";
import { validateStatement } from "./statement-of-reasons.schema.ts";

const dialects = await availableDialects();

describe.each(dialects)("deciding a case (%s)", (dialect) => {
  let t: TestApp;
  let mod: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mod = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const decide = (caseId: string, body: Record<string, unknown>, user = mod) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/decision`,
      headers: { ...user.headers },
      payload: body,
    });
  const eventCount = async (caseId: string, user = mod) =>
    (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...user.headers },
      })
    ).json().eventCount as number;

  it("removes the listing, strikes and freezes the store, makes a valid statement and tells everyone", async () => {
    const { caseId, listing, store, seller, report } = await reportedListing(t, "reporter-a@example.test");
    const res = await decide(caseId, removeWithSeriousStrike(await eventCount(caseId)));
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail.status).toBe("decided");
    expect(detail.decision.actions).toEqual([
      { type: "remove_listing" },
      { type: "strike", severity: "serious" },
      { type: "freeze_store", days: 1 },
    ]);

    const listingRow = await t.db
      .selectFrom("listings")
      .select("status")
      .where("id", "=", listing.id)
      .executeTakeFirstOrThrow();
    expect(listingRow.status).toBe("removed");
    const storeRow = await t.db
      .selectFrom("stores")
      .selectAll()
      .where("id", "=", store.id)
      .executeTakeFirstOrThrow();
    expect(storeRow.status).toBe("frozen");
    expect(detail.seller.activeStrikes).toHaveLength(1);

    const statement = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/statements/${detail.decision.statementPuid}`,
        headers: { ...mod.headers },
      })
    ).json();
    expect(validateStatement(statement)).toEqual({ ok: true });
    expect(JSON.stringify(statement)).not.toContain("reporter-a@example.test");
    const sellerView = await t.app.inject({
      method: "GET",
      url: `/api/v1/statements/${detail.decision.statementPuid}`,
      headers: { ...seller.headers },
    });
    expect(sellerView.statusCode).toBe(200);
    const stranger = await t.signUp();
    const strangerView = await t.app.inject({
      method: "GET",
      url: `/api/v1/statements/${detail.decision.statementPuid}`,
      headers: { ...stranger.headers },
    });
    expect(strangerView.statusCode).toBe(404);

    const token = new URL(report.trackingUrl).searchParams.get("token");
    const mine = (
      await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })
    ).json();
    expect(mine.status).toBe("decided");
    expect(mine.outcome).toMatchObject({
      decision: "action_taken",
      message: "Thank you: the listing is gone.",
    });
    expect(mine.outcome.text).toContain("the listing was removed");

    await t.worker.drain();
    const mails = (await t.app.inject({ method: "GET", url: "/api/v1/dev/mailbox" })).json().items as {
      to: string;
      text: string;
    }[];
    expect(mails.some((m) => m.to === "reporter-a@example.test" && m.text.includes(report.reference))).toBe(
      true,
    );
    const sellerMail = mails.find((m) => m.to === seller.email);
    expect(sellerMail?.text).toContain("Painkillers, no prescription");
    expect(sellerMail?.text).not.toContain("reporter-a@example.test");

    t.clock.advanceHours(25);
    await t.worker.drain();
    const thawed = await t.db
      .selectFrom("stores")
      .select("status")
      .where("id", "=", store.id)
      .executeTakeFirstOrThrow();
    expect(thawed.status).toBe("active");
    const stillRemoved = await t.db
      .selectFrom("listings")
      .select("status")
      .where("id", "=", listing.id)
      .executeTakeFirstOrThrow();
    expect(stillRemoved.status).toBe("removed");
  });

  it("closes the store at the third serious strike", async () => {
    const seller = await t.signUp("member", "Repeat Offender");
    const store = await t.createStore({ sellerUserId: seller.id });
    for (let i = 0; i < 3; i++) {
      const listing = await t.createListing(store.id, `Bad listing ${i}`);
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/reports",
        payload: listingReport(listing.url),
      });
      const caseId = res.json().caseId;
      const decided = await decide(caseId, removeWithSeriousStrike(await eventCount(caseId)));
      expect(decided.statusCode).toBe(200);
      t.clock.advanceHours(24 * 8);
      await t.worker.drain();
    }
    const row = await t.db
      .selectFrom("stores")
      .select("status")
      .where("id", "=", store.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("closed");
  });

  it("refuses a second decision and a decision on a stale view, with a 409 and no change", async () => {
    const { caseId, listing } = await reportedListing(t);
    const seen = await eventCount(caseId);
    await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url, { contactEmail: "late@example.test" }),
    });
    const stale = await decide(caseId, removeWithSeriousStrike(seen));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("stale_case");
    expect(
      (
        await t.db
          .selectFrom("listings")
          .select("status")
          .where("id", "=", listing.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("active");

    const fresh = await eventCount(caseId);
    expect(
      (await decide(caseId, { outcome: "no_action", seenEventCount: fresh, reason: "insufficient_evidence" }))
        .statusCode,
    ).toBe(200);
    const again = await decide(caseId, removeWithSeriousStrike(fresh + 1));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("already_decided");
    const decisions = await t.db
      .selectFrom("decisions")
      .select("outcome")
      .where("case_id", "=", caseId)
      .execute();
    expect(decisions).toEqual([{ outcome: "no_action" }]);
  });

  it("refuses listing actions on a store case and bad input, changing nothing", async () => {
    const store = await t.createStore();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: {
        ...listingReport(store.url),
        type: "suspicious_behavior",
        details: { behavior: "fake_store" },
      },
    });
    const caseId = res.json().caseId;
    const admin = await t.signUp("admin", "Ada Admin");
    const bad = await decide(caseId, removeWithSeriousStrike(await eventCount(caseId, admin)), admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("actions.0");
    const empty = await decide(
      caseId,
      { outcome: "action_taken", seenEventCount: 2, actions: [], facts: "short" },
      admin,
    );
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields)).toEqual(expect.arrayContaining(["actions", "facts"]));
    const row = await t.db
      .selectFrom("cases")
      .select("status")
      .where("id", "=", caseId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("open");
    expect(await t.db.selectFrom("decisions").selectAll().where("case_id", "=", caseId).execute()).toEqual(
      [],
    );
  });

  it("tells reporters of a no-action decision which form to use, with no statement", async () => {
    const { caseId, report } = await reportedListing(t, "wrong-form@example.test");
    const res = await decide(caseId, {
      outcome: "no_action",
      seenEventCount: await eventCount(caseId),
      reason: "wrong_category",
      suggestedType: "copyright",
    });
    expect(res.json().decision).toMatchObject({
      outcome: "no_action",
      reason: "wrong_category",
      statementPuid: null,
    });
    const token = new URL(report.trackingUrl).searchParams.get("token");
    const mine = (
      await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })
    ).json();
    expect(mine.outcome.text).toContain('"Copyright infringement"');
  });

  it("keeps the strongest listing measure when several are decided together", async () => {
    const { caseId, listing } = await reportedListing(t);
    const res = await decide(caseId, {
      ...removeWithSeriousStrike(await eventCount(caseId)),
      actions: [
        { type: "remove_listing" },
        { type: "restrict_listing", territories: ["DE", "AT"] },
        { type: "demote_listing" },
      ],
    });
    expect(res.statusCode).toBe(200);
    const row = await t.db
      .selectFrom("listings")
      .select("status")
      .where("id", "=", listing.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("removed");
  });
});
