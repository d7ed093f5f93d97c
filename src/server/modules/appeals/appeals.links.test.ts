import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { decideCase } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { fileIpComplaint } from "../../../../test/ip.fixtures.ts";

const dialects = await availableDialects();

const ground = {
  kind: "illegal_content",
  legalGround: "Regulation (EU) 2017/1001, Art. 9",
  explanation: "The listing sells goods under a sign identical to the registered trademark.",
};
const facts = "The listing offered watches under the brand of a verified trademark.";

describe.each(dialects)("appeals on a complaint with several links (%s)", (dialect) => {
  let t: TestApp;
  let mia: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    mia = await t.signUp("moderator", "Mia Mod", ["ip_protection"]);
  });
  afterAll(() => t.close());

  const decide = (caseId: string, body: Record<string, unknown>) => decideCase(t, mia, caseId, body);
  /** A complaint on three listings of one seller's store. */
  const threeLinks = async () => {
    const seller = await t.signUp("member", "Sam Seller");
    const store = await t.createStore({ sellerUserId: seller.id });
    const listings = [];
    for (const n of [1, 2, 3]) listings.push(await t.createListing(store.id, `Orbis replica ${n}`));
    const { res, holder } = await fileIpComplaint(
      t,
      listings.map((l) => l.url),
    );
    expect(res.statusCode).toBe(201);
    const report = res.json();
    const caseIds = (report.targets as { caseId: string }[]).map((target) => target.caseId);
    expect(new Set(caseIds).size).toBe(3);
    return { seller, holder, report, caseIds };
  };
  const appeal = (reportId: string, holder: TestUser, body: Record<string, unknown>) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/reports/${reportId}/appeal`,
      headers: { ...holder.headers },
      payload: { statement: "These listings sell counterfeits, see the photos again.", ...body },
    });
  const links = async (reportId: string, holder: TestUser) => {
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/reports/${reportId}/appeals`,
      headers: { ...holder.headers },
    });
    expect(res.statusCode).toBe(200);
    return res.json().items as { caseId: string; appealableUntil: string | null; appeal: unknown }[];
  };

  it("lets the reporter appeal each link's decision once, independently", async () => {
    const { holder, report, caseIds } = await threeLinks();
    for (const caseId of caseIds) await decide(caseId, { outcome: "no_action", reason: "not_violation" });
    expect((await links(report.id, holder)).every((l) => l.appealableUntil && !l.appeal)).toBe(true);

    const unnamed = await appeal(report.id, holder, {});
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.fields).toHaveProperty("caseId");
    const foreign = await appeal(report.id, holder, { caseId: "not-one-of-mine" });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty("caseId");

    for (const caseId of [caseIds[2], caseIds[0], caseIds[1]]) {
      expect((await appeal(report.id, holder, { caseId })).statusCode).toBe(201);
      const again = await appeal(report.id, holder, { caseId });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe("already_appealed");
    }
    const rows = await t.db
      .selectFrom("appeals")
      .select("case_id")
      .where("report_id", "=", report.id)
      .execute();
    expect(rows.map((r) => r.case_id).sort()).toEqual([...caseIds].sort());
    const after = await links(report.id, holder);
    expect(after.every((l) => l.appeal && !l.appealableUntil)).toBe(true);
  });

  it("offers an appeal only on the links that got no action", async () => {
    const { holder, report, caseIds } = await threeLinks();
    await decide(caseIds[0] as string, { outcome: "no_action", reason: "insufficient_evidence" });
    await decide(caseIds[1] as string, {
      outcome: "action_taken",
      actions: [{ type: "remove_listing" }],
      ground,
      facts,
    });
    const [first, second, third] = await links(report.id, holder);
    expect(first?.appealableUntil).toBeTruthy();
    expect(second?.appealableUntil).toBeNull();
    expect(third?.appealableUntil).toBeNull();
    expect((await appeal(report.id, holder, { caseId: caseIds[1] })).json().error.code).toBe(
      "nothing_to_appeal",
    );
    expect((await appeal(report.id, holder, { caseId: caseIds[2] })).json().error.code).toBe("not_decided");
    expect((await appeal(report.id, holder, { caseId: caseIds[0] })).statusCode).toBe(201);
  });

  it("lets the seller appeal each restricted link's decision once, and nobody else read the links", async () => {
    const { seller, holder, report, caseIds } = await threeLinks();
    for (const caseId of caseIds)
      await decide(caseId, { outcome: "action_taken", actions: [{ type: "remove_listing" }], ground, facts });
    for (const caseId of caseIds) {
      const filed = (n: number) =>
        t.app.inject({
          method: "POST",
          url: `/api/v1/me/received/${caseId}/appeal`,
          headers: { ...seller.headers },
          payload: { statement: `These are genuine watches, invoice number ${n} attached.` },
        });
      expect((await filed(1)).statusCode).toBe(201);
      expect((await filed(2)).json().error.code).toBe("already_appealed");
    }
    const stranger = await t.signUp();
    for (const user of [stranger, seller]) {
      const res = await t.app.inject({
        method: "GET",
        url: `/api/v1/reports/${report.id}/appeals`,
        headers: { ...user.headers },
      });
      expect(res.statusCode).toBe(404);
    }
    expect((await links(report.id, holder)).length).toBe(3);
  });
});
