import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { listingFacts, listingGround, reportedListing } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { samples } from "../../../../test/multipart.ts";
import { form } from "../../../../test/rights.fixtures.ts";

const dialects = await availableDialects();

const ground = listingGround;
const facts = listingFacts;

describe.each(dialects)("appeals (%s)", (dialect) => {
  let t: TestApp;
  let mia: TestUser;
  let olaf: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mia = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
    olaf = await t.signUp("moderator", "Olaf Mod", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const as = (user: TestUser) => ({ ...user.headers });
  const decide = async (caseId: string, body: Record<string, unknown>, user = mia) => {
    const seen = (
      await t.app.inject({ method: "GET", url: `/api/v1/console/cases/${caseId}`, headers: as(user) })
    ).json();
    const res = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/cases/${caseId}/decision`,
      headers: as(user),
      payload: { ...body, seenEventCount: seen.eventCount },
    });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const state = async (listingId: string, storeId: string) => ({
    listing: await t.db
      .selectFrom("listings")
      .select(["status", "restricted_territories"])
      .where("id", "=", listingId)
      .executeTakeFirstOrThrow(),
    store: await t.db
      .selectFrom("stores")
      .select(["status", "frozen_until", "payouts_frozen_until"])
      .where("id", "=", storeId)
      .executeTakeFirstOrThrow(),
    strikes: await t.db
      .selectFrom("strikes")
      .select("id")
      .where("store_id", "=", storeId)
      .where("removed_at", "is", null)
      .execute(),
  });

  it("lets a reporter appeal a no-action decision once; its author may not review it; a colleague reopens the case", async () => {
    const { caseId, report } = await reportedListing(t, "appellant@example.test");
    const token = new URL(report.trackingUrl).searchParams.get("token");
    await decide(caseId, { outcome: "no_action", reason: "not_violation" });
    const appeal = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/appeal?token=${token}`,
      payload: { statement: "The listing clearly sells prescription drugs, see the photos." },
    });
    expect(appeal.statusCode).toBe(201);
    const again = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/appeal?token=${token}`,
      payload: { statement: "Appealing a second time with other words." },
    });
    expect(again.json().error.code).toBe("already_appealed");
    expect(
      (await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })).json()
        .status,
    ).toBe("appealed");

    const miaQueue = (
      await t.app.inject({ method: "GET", url: "/api/v1/console/appeals", headers: as(mia) })
    ).json();
    expect(miaQueue.items.map((a: { id: string }) => a.id)).not.toContain(appeal.json().id);
    const own = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/appeals/${appeal.json().id}/decision`,
      headers: as(mia),
      payload: { outcome: "upheld", reason: "I still think it is fine, as decided before." },
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe("own_decision");

    const olafQueue = (
      await t.app.inject({ method: "GET", url: "/api/v1/console/appeals", headers: as(olaf) })
    ).json();
    expect(olafQueue.items.find((a: { id: string }) => a.id === appeal.json().id)).toMatchObject({
      targetKind: "listing",
    });
    const reversed = await t.app.inject({
      method: "POST",
      url: `/api/v1/console/appeals/${appeal.json().id}/decision`,
      headers: as(olaf),
      payload: { outcome: "reversed", reason: "The photos show prescription-only medicines." },
    });
    expect(reversed.statusCode).toBe(200);
    const caseNow = (
      await t.app.inject({ method: "GET", url: `/api/v1/console/cases/${caseId}`, headers: as(olaf) })
    ).json();
    expect(caseNow.status).toBe("open");
    expect(caseNow.decision).toBeNull();
    expect(
      (await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })).json()
        .status,
    ).toBe("in_review");
    const redecided = await decide(
      caseId,
      { outcome: "action_taken", actions: [{ type: "remove_listing" }], ground, facts },
      olaf,
    );
    expect(redecided.decision.outcome).toBe("action_taken");
    expect(
      (await t.app.inject({ method: "GET", url: `/api/v1/reports/${report.id}?token=${token}` })).json()
        .status,
    ).toBe("decided");
  });

  const actionCases: [string, Record<string, unknown>[]][] = [
    ["remove", [{ type: "remove_listing" }]],
    ["demote", [{ type: "demote_listing", days: 30 }]],
    ["restrict", [{ type: "restrict_listing", territories: ["DE", "FR"] }]],
    ["freeze store", [{ type: "freeze_store", days: 10 }]],
    ["close store", [{ type: "close_store" }]],
    ["freeze payouts", [{ type: "freeze_payouts", days: 14 }]],
    ["strike (and the freeze it brings)", [{ type: "strike", severity: "serious" }]],
  ];

  it.each(actionCases)(
    "reverses a %s on a seller's appeal, restoring exactly the state before",
    async (_name, actions) => {
      const { caseId, listing, store, seller } = await reportedListing(t);
      const neighbour = await t.createListing(store.id, "Unrelated listing");
      await t.db.updateTable("listings").set({ status: "demoted" }).where("id", "=", neighbour.id).execute();
      const before = await state(listing.id, store.id);
      await decide(caseId, { outcome: "action_taken", actions, ground, facts });
      expect(await state(listing.id, store.id)).not.toEqual(before);

      const appeal = await t.app.inject({
        method: "POST",
        url: `/api/v1/me/received/${caseId}/appeal`,
        headers: as(seller),
        payload: { statement: "This listing does not break your rules, here is why." },
      });
      expect(appeal.statusCode).toBe(201);
      const reversed = await t.app.inject({
        method: "POST",
        url: `/api/v1/console/appeals/${appeal.json().id}/decision`,
        headers: as(olaf),
        payload: { outcome: "reversed", reason: "On a second look the listing is allowed." },
      });
      expect(reversed.statusCode).toBe(200);
      expect(await state(listing.id, store.id)).toEqual(before);
      const other = await t.db
        .selectFrom("listings")
        .select("status")
        .where("id", "=", neighbour.id)
        .executeTakeFirstOrThrow();
      expect(other.status).toBe("demoted");
      const received = (
        await t.app.inject({ method: "GET", url: `/api/v1/me/received/${caseId}`, headers: as(seller) })
      ).json();
      expect(received.decision.reversedAt).toBeTruthy();
      expect(received).toMatchObject({ targetKind: "listing", rating: null });
    },
  );

  it("refuses appeals that are late, by the wrong side, or about nothing restricted", async () => {
    const { caseId, report, seller } = await reportedListing(t);
    await decide(caseId, { outcome: "action_taken", actions: [{ type: "warn_seller" }], ground, facts });
    const token = new URL(report.trackingUrl).searchParams.get("token");
    const reporterAppeal = await t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${report.id}/appeal?token=${token}`,
      payload: { statement: "I want more to happen to this seller, please." },
    });
    expect(reporterAppeal.json().error.code).toBe("nothing_to_appeal");
    const sellerAppeal = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${caseId}/appeal`,
      headers: as(seller),
      payload: { statement: "A warning only, but I disagree with it anyway." },
    });
    expect(sellerAppeal.json().error.code).toBe("nothing_to_appeal");

    const late = await reportedListing(t);
    await decide(late.caseId, {
      outcome: "action_taken",
      actions: [{ type: "remove_listing" }],
      ground,
      facts,
    });
    t.clock.advanceHours(24 * 184);
    const tooLate = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${late.caseId}/appeal`,
      headers: as(late.seller),
      payload: { statement: "Appealing after more than six months have passed." },
    });
    expect(tooLate.json().error.code).toBe("appeal_too_late");
    const stranger = await t.signUp();
    const notMine = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${late.caseId}/appeal`,
      headers: as(stranger),
      payload: { statement: "I am not this seller at all, but let me try." },
    });
    expect(notMine.statusCode).toBe(404);
  });

  it("takes evidence files with an appeal and a seller's answer, shows them to staff only, and refuses bad files", async () => {
    const { caseId, seller } = await reportedListing(t);
    await decide(caseId, { outcome: "action_taken", actions: [{ type: "remove_listing" }], ground, facts });
    const statement = "The product is a food supplement; see the lab report attached.";
    const bad = form("appeal", { statement }, [
      { name: "evidence", fileName: "lab.pdf", content: samples.exe() },
    ]);
    const refused = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${caseId}/appeal`,
      headers: { ...bad.headers, ...seller.headers },
      payload: bad.payload,
    });
    expect(refused.statusCode).toBe(415);
    expect(await t.db.selectFrom("appeals").select("id").where("case_id", "=", caseId).execute()).toEqual([]);

    const good = form("appeal", { statement }, [
      { name: "evidence", fileName: "lab.pdf", content: samples.pdf(7) },
    ]);
    const filed = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${caseId}/appeal`,
      headers: { ...good.headers, ...seller.headers },
      payload: good.payload,
    });
    expect(filed.statusCode).toBe(201);
    const answer = form("answer", { statement: "My answer, with the supplier's certificate." }, [
      { name: "evidence", fileName: "certificate.png", content: samples.png() },
    ]);
    const answered = await t.app.inject({
      method: "POST",
      url: `/api/v1/me/received/${caseId}/answer`,
      headers: { ...answer.headers, ...seller.headers },
      payload: answer.payload,
    });
    expect(answered.statusCode).toBe(204);

    const appeal = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/appeals/${filed.json().id}`,
        headers: as(olaf),
      })
    ).json();
    expect(appeal.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(["lab.pdf"]);
    const download = await t.app.inject({ method: "GET", url: appeal.attachments[0].url, headers: as(olaf) });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-disposition"]).toBe('attachment; filename="lab.pdf"');
    expect(download.rawPayload.equals(samples.pdf(7))).toBe(true);
    expect(
      (await t.app.inject({ method: "GET", url: appeal.attachments[0].url, headers: as(seller) })).statusCode,
    ).toBe(403);
    const events = (
      await t.app.inject({ method: "GET", url: `/api/v1/console/cases/${caseId}`, headers: as(olaf) })
    ).json().events;
    const answeredEvent = events.find((e: { type: string }) => e.type === "seller.answered");
    expect(answeredEvent.data.attachments.map((a: { fileName: string }) => a.fileName)).toEqual([
      "certificate.png",
    ]);
  });
});
