import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "./app.ts";
import { removeWithSeriousStrike, reportedListing } from "./console.fixtures.ts";
import { availableDialects } from "./databases.ts";
import { fileIpComplaint } from "./ip.fixtures.ts";

const hasPostgres = (await availableDialects()).includes("postgres");
const ROUNDS = 5;

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

/** Requests sent at the same moment on PostgreSQL, where they really overlap: exactly one may win. */
describe.runIf(hasPostgres)("simultaneous requests (postgres)", () => {
  let t: TestApp;
  let mia: TestUser;
  let olaf: TestUser;
  let ivy: TestUser;
  beforeAll(async () => {
    t = await buildTestApp("postgres");
    t.clock.set(new Date("2026-11-26T10:00:00Z")); // a Thursday
    mia = await t.signUp("moderator", "Mia Mod", ["listing_compliance"]);
    olaf = await t.signUp("moderator", "Olaf Mod", ["listing_compliance"]);
    ivy = await t.signUp("moderator", "Ivy IP", ["ip_protection"]);
  });
  afterAll(() => t.close());

  const post = (url: string, user: TestUser, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: "POST", url, headers: { ...user.headers }, payload });
  const eventsOf = (caseId: string, type: string) =>
    t.db
      .selectFrom("case_events")
      .select("id")
      .where("case_id", "=", caseId)
      .where("type", "=", type)
      .execute();
  const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode).sort();

  it("gives a case to one of two moderators claiming it at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId } = await reportedListing(t);
      const url = `/api/v1/console/cases/${caseId}/claim`;
      const responses = await Promise.all([post(url, mia), post(url, olaf)]);
      expect(statuses(responses)).toEqual([200, 409]);
      const loser = responses.find((r) => r.statusCode === 409)!;
      expect(loser.json().error.code).toBe("claimed_by_other");
      const winner = responses[0]!.statusCode === 200 ? mia : olaf;
      const row = await t.db
        .selectFrom("cases")
        .select("claimed_by")
        .where("id", "=", caseId)
        .executeTakeFirstOrThrow();
      expect(row.claimed_by).toBe(winner.id);
      expect(await eventsOf(caseId, "case.claimed")).toHaveLength(1);
    }
  });

  it("writes one release when the holder releases twice at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId } = await reportedListing(t);
      expect((await post(`/api/v1/console/cases/${caseId}/claim`, mia)).statusCode).toBe(200);
      const url = `/api/v1/console/cases/${caseId}/release`;
      const responses = await Promise.all([post(url, mia), post(url, mia)]);
      expect(statuses(responses)).toEqual([200, 200]);
      expect(await eventsOf(caseId, "case.released")).toHaveLength(1);
    }
  });

  it("records one decision when two moderators decide an unclaimed case at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId } = await reportedListing(t);
      const seen = (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/console/cases/${caseId}`,
          headers: { ...mia.headers },
        })
      ).json();
      const url = `/api/v1/console/cases/${caseId}/decision`;
      const decision = removeWithSeriousStrike(seen.eventCount);
      const responses = await Promise.all([post(url, mia, decision), post(url, olaf, decision)]);
      expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(1);
      const loser = responses.find((r) => r.statusCode !== 200)!;
      expect(loser.statusCode).toBe(409);
      expect(["already_decided", "stale_case"]).toContain(loser.json().error.code);
      const decisions = await t.db
        .selectFrom("decisions")
        .select("id")
        .where("case_id", "=", caseId)
        .execute();
      expect(decisions).toHaveLength(1);
      expect(
        await t.db.selectFrom("strikes").select("id").where("decision_id", "=", decisions[0]!.id).execute(),
      ).toHaveLength(1);
    }
  });

  it("files one counter-notice when the seller sends two at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const seller = await t.signUp("member", "Watch Seller");
      const store = await t.createStore({ sellerUserId: seller.id });
      const listing = await t.createListing(store.id, "Orbis-like watch");
      const caseId = (await fileIpComplaint(t, [listing.url])).res.json().caseId as string;
      const seen = (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/console/cases/${caseId}`,
          headers: { ...ivy.headers },
        })
      ).json();
      const decided = await post(`/api/v1/console/cases/${caseId}/decision`, ivy, {
        ...removal,
        seenEventCount: seen.eventCount,
      });
      expect(decided.statusCode).toBe(200);
      const url = `/api/v1/me/received/${caseId}/counter-notices`;
      const payload = {
        statement: "These are genuine ORBIS watches bought from the official distributor; invoices attached.",
      };
      const responses = await Promise.all([post(url, seller, payload), post(url, seller, payload)]);
      expect(statuses(responses)).toEqual([201, 409]);
      expect(responses.find((r) => r.statusCode === 409)!.json().error.code).toBe("counter_notice_pending");
      const rows = await t.db
        .selectFrom("counter_notices")
        .select("attempt")
        .where("case_id", "=", caseId)
        .execute();
      expect(rows).toEqual([{ attempt: 1 }]);
      expect(await eventsOf(caseId, "counter_notice.filed")).toHaveLength(1);
    }
  });
});
