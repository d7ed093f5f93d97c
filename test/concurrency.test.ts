import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "./app.ts";
import { removeWithSeriousStrike, reportedListing } from "./console.fixtures.ts";
import { availableDialects } from "./databases.ts";
import { createOrder, disputeBody } from "./disputes.fixtures.ts";
import { fileIpComplaint } from "./ip.fixtures.ts";
import { threadWithScam } from "./messages.fixtures.ts";
import { listingReport } from "./reports.fixtures.ts";

const hasPostgres = (await availableDialects()).includes("postgres");
const ROUNDS = 5;

type Send = () => Promise<LightMyRequestResponse>;

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
  let ike: TestUser;
  let sam: TestUser;
  let sue: TestUser;
  let nia: TestUser;
  beforeAll(async () => {
    t = await buildTestApp("postgres");
    t.clock.set(new Date("2026-11-26T10:00:00Z")); // a Thursday
    mia = await t.signUp("moderator", "Mia Mod", ["listing_compliance", "fraud_security"]);
    olaf = await t.signUp("moderator", "Olaf Mod", ["listing_compliance", "fraud_security"]);
    ivy = await t.signUp("moderator", "Ivy IP", ["ip_protection"]);
    ike = await t.signUp("moderator", "Ike IP", ["ip_protection"]);
    sam = await t.signUp("senior_moderator", "Sam Senior", ["listing_compliance"]);
    sue = await t.signUp("senior_moderator", "Sue Senior", ["listing_compliance"]);
    nia = await t.signUp("moderator", "Nia Mod", ["listing_compliance"]);
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
  const seenBy = async (caseId: string, user: TestUser) =>
    (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/console/cases/${caseId}`,
        headers: { ...user.headers },
      })
    ).json().eventCount as number;
  /** Two requests at once: one wins, the other is refused with one of `codes`, and one event is written. */
  async function oneWins(send: Send[], won: number, codes: string[], caseId: string, event: string) {
    const responses = await Promise.all(send.map((request) => request()));
    expect(statuses(responses)).toEqual([won, 409].sort());
    expect(codes).toContain(responses.find((r) => r.statusCode === 409)!.json().error.code);
    expect(await eventsOf(caseId, event)).toHaveLength(1);
  }

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

  it("writes one release when the holder releases twice at once, and refuses the other", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId } = await reportedListing(t);
      expect((await post(`/api/v1/console/cases/${caseId}/claim`, mia)).statusCode).toBe(200);
      const url = `/api/v1/console/cases/${caseId}/release`;
      const responses = await Promise.all([post(url, mia), post(url, mia)]);
      expect(statuses(responses)).toEqual([200, 409]);
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
      expect(await eventsOf(caseId, "case.decided")).toHaveLength(1);
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

  it("lets one of two seniors assigning a case at once assign it", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId } = await reportedListing(t);
      const url = `/api/v1/console/cases/${caseId}/assign`;
      const to = (senior: TestUser, assignee: TestUser) => () =>
        post(url, senior, { assigneeId: assignee.id });
      const responses = await Promise.all([to(sam, mia)(), to(sue, olaf)()]);
      const assigned = await eventsOf(caseId, "case.assigned");
      // Overlapping, the second finds the claim it read gone (409). One after the other, the second
      // senior saw the first assignment and may override it: both stand, in order. Never a lost step.
      if (statuses(responses).includes(409)) {
        expect(statuses(responses)).toEqual([200, 409]);
        expect(responses.find((r) => r.statusCode === 409)!.json().error.code).toBe("case_changed");
        expect(assigned).toHaveLength(1);
      } else {
        expect(statuses(responses)).toEqual([200, 200]);
        expect(assigned).toHaveLength(2);
      }
    }
  });

  it("asks reporters once when two moderators ask at once, and takes one answer of two reporters answering at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId, listing, report } = await reportedListing(t, "first@example.test");
      const other = await t.app.inject({
        method: "POST",
        url: "/api/v1/reports",
        payload: listingReport(listing.url, { contactEmail: "second@example.test" }),
      });
      const url = `/api/v1/console/cases/${caseId}/request-info`;
      const ask = (user: TestUser) => () => post(url, user, { message: "Which page did the seller show?" });
      // Overlapping: the case moved on (case_changed); one after the other: it waits already (not_open).
      await oneWins([ask(mia), ask(olaf)], 200, ["case_changed", "not_open"], caseId, "case.info_requested");
      const answer = (r: { id: string; trackingUrl: string }) => () =>
        t.app.inject({
          method: "POST",
          url: `/api/v1/reports/${r.id}/info?token=${new URL(r.trackingUrl).searchParams.get("token")}`,
          payload: { message: "The one with the payment link, sent by message." },
        });
      const answers = await Promise.all([answer(report)(), answer(other.json())()]);
      expect(statuses(answers)).toEqual([204, 204]);
      expect(await eventsOf(caseId, "case.info_provided")).toHaveLength(1);
    }
  });

  it("moves a case once when two moderators move it at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId } = await reportedListing(t);
      const url = `/api/v1/console/cases/${caseId}/reroute`;
      const move = (user: TestUser) => () => post(url, user, { department: "fraud_security" });
      // Overlapping, the second finds the case moved on; one after the other, it finds it already there
      // (both work that department too, so neither loses sight of the case).
      await oneWins(
        [move(mia), move(olaf)],
        200,
        ["case_changed", "same_department"],
        caseId,
        "case.rerouted",
      );
    }
  });

  it("decides a case once when two bulk decisions take it at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId } = await reportedListing(t);
      const { seenEventCount, ...decision } = removeWithSeriousStrike(await seenBy(caseId, mia));
      const bulk = (user: TestUser) =>
        post("/api/v1/console/bulk-decision", user, { cases: [{ caseId, seenEventCount }], decision });
      const responses = await Promise.all([bulk(mia), bulk(olaf)]);
      const results = responses.map((r) => r.json().results[0]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(["already_decided", "stale_case"]).toContain(results.find((r) => !r.ok).error.code);
      expect(await eventsOf(caseId, "case.decided")).toHaveLength(1);
    }
  });

  it("reopens a case once when two colleagues reverse the same appeal at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { caseId, report } = await reportedListing(t);
      const token = new URL(report.trackingUrl).searchParams.get("token");
      const noAction = {
        outcome: "no_action",
        reason: "not_violation",
        seenEventCount: await seenBy(caseId, mia),
      };
      expect((await post(`/api/v1/console/cases/${caseId}/decision`, mia, noAction)).statusCode).toBe(200);
      const appeal = await t.app.inject({
        method: "POST",
        url: `/api/v1/reports/${report.id}/appeal?token=${token}`,
        payload: { statement: "The listing clearly sells prescription drugs, see the photos." },
      });
      const url = `/api/v1/console/appeals/${appeal.json().id}/decision`;
      const reverse = (user: TestUser) => () =>
        post(url, user, { outcome: "reversed", reason: "The photos show prescription-only medicines." });
      await oneWins([reverse(olaf), reverse(nia)], 200, ["already_decided"], caseId, "case.reopened");
      expect(await eventsOf(caseId, "appeal.decided")).toHaveLength(1);
    }
  });

  it("takes one reply and one decision of a counter-notice when two arrive at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const seller = await t.signUp("member", "Watch Seller");
      const store = await t.createStore({ sellerUserId: seller.id });
      const listing = await t.createListing(store.id, "Orbis-like watch");
      const { res, holder } = await fileIpComplaint(t, [listing.url]);
      const { id: reportId, caseId } = res.json();
      const seen = await seenBy(caseId, ivy);
      await post(`/api/v1/console/cases/${caseId}/decision`, ivy, { ...removal, seenEventCount: seen });
      const filed = await post(`/api/v1/me/received/${caseId}/counter-notices`, seller, {
        statement: "These are genuine ORBIS watches bought from the official distributor; invoices attached.",
      });
      const reply = () =>
        post(`/api/v1/reports/${reportId}/counter-notice-reply`, holder, {
          reply: "The serial numbers do not exist in our records: these are fakes.",
        });
      await oneWins([reply, reply], 204, ["no_counter_notice"], caseId, "counter_notice.replied");
      const url = `/api/v1/console/counter-notices/${filed.json().id}/decision`;
      const decide = (user: TestUser) => () =>
        post(url, user, { outcome: "keep", reason: "The rights holder's records show these are fakes." });
      await oneWins(
        [decide(ivy), decide(ike)],
        200,
        ["already_decided", "not_ready"],
        caseId,
        "counter_notice.decided",
      );
    }
  });
});

/**
 * Two steps on one dispute at the same moment: one wins, the other is told the new state. On PostgreSQL
 * they really overlap; on SQLite they meet in one group commit.
 */
describe.each(await availableDialects())("simultaneous steps on a dispute (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    buyer = await t.signUp("member", "Dana Buyer");
    seller = await t.signUp("member", "Sol Seller");
  });
  afterAll(() => t.close());

  const opened = new Date("2026-12-01T10:00:00Z");
  const post = (user: TestUser, url: string, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: "POST", url, headers: { ...user.headers }, payload });
  async function openDispute() {
    t.clock.set(opened);
    const order = await createOrder(t, buyer, seller);
    const res = await post(buyer, "/api/v1/disputes", disputeBody(order.id, order.itemIds[0]!));
    expect(res.statusCode).toBe(201);
    return { order, id: res.json().id as string };
  }
  const eventsOf = (disputeId: string, types: string[]) =>
    t.db
      .selectFrom("dispute_events")
      .select("type")
      .where("dispute_id", "=", disputeId)
      .where("type", "in", types)
      .execute();
  const refundsOf = (disputeId: string) =>
    t.db
      .selectFrom("outbox")
      .select("id")
      .where("topic", "=", "refund.requested")
      .where("payload_json", "like", `%${disputeId}%`)
      .execute();

  it("settles once when the seller accepts while the timer carries out the buyer's proposal", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await openDispute();
      t.clock.set(new Date("2026-12-06T10:00:01Z"));
      const [accepted] = await Promise.all([post(seller, `/api/v1/disputes/${id}/accept`), t.worker.drain()]);
      expect([200, 409]).toContain(accepted.statusCode);
      const settled = await eventsOf(id, ["proposal.accepted", "proposal.carried_out"]);
      expect(settled).toHaveLength(1);
      expect(settled[0]!.type).toBe(
        accepted.statusCode === 200 ? "proposal.accepted" : "proposal.carried_out",
      );
      expect(await refundsOf(id)).toHaveLength(1);
    }
  });

  it("accepts once when the seller accepts twice at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await openDispute();
      const responses = await Promise.all([1, 2].map(() => post(seller, `/api/v1/disputes/${id}/accept`)));
      expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(responses.find((r) => r.statusCode === 409)!.json().error.code).toBe("dispute_state");
      expect(await eventsOf(id, ["proposal.accepted"])).toHaveLength(1);
    }
  });

  it("keeps a counter-proposal and an escalation sent at once consistent", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await openDispute();
      t.clock.set(new Date("2026-12-04T10:00:00Z"));
      const responses = await Promise.all([
        post(seller, `/api/v1/disputes/${id}/proposals`, { kind: "partial_refund", amountMinor: 700 }),
        post(buyer, `/api/v1/disputes/${id}/escalate`),
      ]);
      // Either they overlap (one is refused) or one lands first and the other acts on the new state:
      // a counter-proposal leaves the negotiation open, so it may still be escalated. Never a lost step.
      const codes = responses.map((r) => r.statusCode).sort();
      const events = await eventsOf(id, ["proposal.made", "dispute.escalated"]);
      if (codes[1] === 409) expect(events).toHaveLength(1);
      else expect(events.map((e) => e.type).sort()).toEqual(["dispute.escalated", "proposal.made"]);
      expect(codes[0]).toBe(200);
    }
  });

  it("opens one dispute when the buyer sends the same one twice at once", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      t.clock.set(opened);
      const order = await createOrder(t, buyer, seller);
      const body = disputeBody(order.id, order.itemIds[0]!);
      const responses = await Promise.all([1, 2].map(() => post(buyer, "/api/v1/disputes", body)));
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const rows = await t.db.selectFrom("disputes").select("id").where("order_id", "=", order.id).execute();
      expect(rows).toHaveLength(1);
    }
  });
});

/** Ratings sent twice at once (a double click, two tabs): one is kept, the other told; the rating counts once. */
describe.each(await availableDialects())("simultaneous ratings and replies (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set(new Date("2026-12-01T10:00:00Z"));
    buyer = await t.signUp("member", "Dana Buyer");
    seller = await t.signUp("member", "Sol Seller");
  });
  afterAll(() => t.close());

  const send = (method: "POST" | "PATCH", user: TestUser, url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: { ...user.headers }, payload });
  const rating = (itemId: string, stars: number) => ({
    items: [{ orderItemId: itemId, stars }],
    store: { asDescribed: 5, communication: 5, shippingSpeed: 5 },
  });

  it("keeps one rating of an order rated twice at once, one edit and one reply", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const order = await createOrder(t, buyer, seller);
      const url = `/api/v1/me/orders/${order.id}/feedback`;
      // The seller's feedback on the buyer is in: the rating is shown as it is given.
      await send("POST", seller, `/api/v1/orders/${order.id}/buyer-feedback`, { experience: "positive" });
      const rated = await Promise.all(
        [5, 1].map((n) => send("POST", buyer, url, rating(order.itemIds[0]!, n))),
      );
      expect(rated.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const store = (
        await t.app.inject({ method: "GET", url: `/api/v1/stores/${order.storeId}/rating` })
      ).json();
      expect(store.counted).toBe(1);
      const id = rated.find((r) => r.statusCode === 201)!.json().items[0].id;
      const edits = await Promise.all(
        [2, 3].map((n) => send("PATCH", buyer, `/api/v1/feedback/${id}`, { stars: n })),
      );
      expect(edits.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const replies = await Promise.all(
        ["Thank you.", "Sorry."].map((text) =>
          send("POST", seller, `/api/v1/feedback/${id}/reply`, { text }),
        ),
      );
      expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const after = (
        await t.app.inject({ method: "GET", url: `/api/v1/stores/${order.storeId}/rating` })
      ).json();
      const edited = edits.find((r) => r.statusCode === 200)!.json().stars as 2 | 3;
      expect(after.histogram).toMatchObject({ 5: 0, 1: 0, [edited]: 1 });
    }
  });

  it("shows both sides when the buyer rates and the seller gives its feedback at once; one feedback each", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const order = await createOrder(t, buyer, seller);
      const onBuyer = `/api/v1/orders/${order.id}/buyer-feedback`;
      const [rated, ...given] = await Promise.all([
        send("POST", buyer, `/api/v1/me/orders/${order.id}/feedback`, rating(order.itemIds[0]!, 4)),
        send("POST", seller, onBuyer, { experience: "positive" }),
        send("POST", seller, onBuyer, { experience: "negative" }),
      ]);
      expect(rated!.statusCode, rated!.body).toBe(201);
      expect(given.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const mine = (
        await t.app.inject({
          method: "GET",
          url: `/api/v1/me/orders/${order.id}/feedback`,
          headers: { ...buyer.headers },
        })
      ).json();
      // Whichever came first, the second saw it: neither waits for the 30 days.
      expect(mine.items[0].shown).toBe(true);
      expect(mine.sellerFeedback?.experience).toBe(
        given.find((r) => r.statusCode === 201)!.json().experience,
      );
      const store = (
        await t.app.inject({ method: "GET", url: `/api/v1/stores/${order.storeId}/rating` })
      ).json();
      expect(store.counted).toBe(1);
    }
  });
});

/** One person reporting one rating twice at once (a double click): one report is filed, the other told. */
describe.runIf(hasPostgres)("simultaneous abuse reports of a rating (postgres)", () => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  beforeAll(async () => {
    t = await buildTestApp("postgres");
    t.clock.set(new Date("2026-12-01T10:00:00Z"));
    buyer = await t.signUp("member", "Dana Buyer");
    seller = await t.signUp("member", "Sol Seller");
  });
  afterAll(() => t.close());

  const post = (user: TestUser, url: string, payload: Record<string, unknown>) =>
    t.app.inject({ method: "POST", url, headers: { ...user.headers }, payload });

  it("files one of two reports of one rating sent at once by one person; the other is told 409", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const order = await createOrder(t, buyer, seller);
      await post(seller, `/api/v1/orders/${order.id}/buyer-feedback`, { experience: "negative" });
      const rated = await post(buyer, `/api/v1/me/orders/${order.id}/feedback`, {
        items: [{ orderItemId: order.itemIds[0], stars: 1, text: "Never buy here." }],
        store: { asDescribed: 1, communication: 1, shippingSpeed: 1 },
      });
      const feedbackId = rated.json().items[0].id as string;
      const url = `/api/v1/feedback/${feedbackId}/abuse-reports`;
      const responses = await Promise.all([
        post(seller, url, { reason: "competitor" }),
        post(seller, url, { reason: "insulting" }),
      ]);
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
      const targets = await t.db
        .selectFrom("report_targets")
        .select("report_id")
        .where("target_kind", "=", "feedback")
        .where("target_id", "=", feedbackId)
        .execute();
      expect(targets).toHaveLength(1);
    }
  });
});

/** The marketplace sending two versions of one store at once (two workers of its sync): the newer one stays. */
describe.runIf(hasPostgres)("simultaneous catalog writes of the marketplace (postgres)", () => {
  let t: TestApp;
  let key: string;
  beforeAll(async () => {
    t = await buildTestApp("postgres");
    const admin = await t.signUp("admin", "Ada Admin");
    const issued = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/api-keys",
      headers: { ...admin.headers },
      payload: { name: "Shop sync", scopes: ["catalog:write"] },
    });
    key = issued.json().secret;
  });
  afterAll(() => t.close());

  it("keeps the newer of two versions of a store written at once, whichever commits first", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const id = `race-st-${round}`;
      const version = (hour: number, name: string) => ({
        id,
        name,
        country: "DE",
        updatedAt: `2026-12-04T${String(hour).padStart(2, "0")}:00:00Z`,
      });
      const write = (item: object) =>
        t.app.inject({
          method: "PUT",
          url: "/api/v1/integration/stores",
          headers: { authorization: `Bearer ${key}` },
          payload: { items: [item] },
        });
      const answers = await Promise.all([write(version(10, "Older name")), write(version(11, "Newer name"))]);
      const results = answers.map((a) => a.json().results[0].result).sort();
      expect(results[0]).toBe("created");
      expect(["stale", "updated"]).toContain(results[1]);
      const stored = await t.db
        .selectFrom("stores")
        .select("name")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(stored.name).toBe("Newer name");
    }
  });
});

/** Two admins saving the same version of a help article: one save is kept, the other is told to reload. */
describe.runIf(hasPostgres)("simultaneous help article saves (postgres)", () => {
  let t: TestApp;
  let ada: TestUser;
  let ben: TestUser;
  beforeAll(async () => {
    t = await buildTestApp("postgres");
    ada = await t.signUp("admin", "Ada Admin");
    ben = await t.signUp("admin", "Ben Admin");
  });
  afterAll(() => t.close());

  const article = (title: string) => ({
    title,
    slug: "two-admins",
    section: "evidence",
    summary: "Edited by two admins at once.",
    body: "Whoever saves first keeps this version; the other is told to reload. ".repeat(2),
    status: "published",
  });

  it("keeps one of two saves over the same version and refuses the other with 409", async () => {
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/admin/help/articles",
      headers: { ...ada.headers },
      payload: article("Before both saves"),
    });
    const { id } = created.json();
    for (let round = 0; round < ROUNDS; round++) {
      const version = round + 1;
      const saves = await Promise.all(
        [ada, ben].map((admin) =>
          t.app.inject({
            method: "PUT",
            url: `/api/v1/admin/help/articles/${id}`,
            headers: { ...admin.headers },
            payload: { ...article(`Saved by ${admin.email} in round ${round}`), version },
          }),
        ),
      );
      expect(saves.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(saves.find((r) => r.statusCode === 409)!.json().error.code).toBe("stale_version");
      const kept = saves.find((r) => r.statusCode === 200)!.json();
      const row = await t.db
        .selectFrom("help_articles")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ version: version + 1, title: kept.title });
      // The word index holds the kept title's words only, once.
      const words = await t.db
        .selectFrom("help_article_words")
        .select("word")
        .where("article_id", "=", id)
        .execute();
      expect(new Set(words.map((w) => w.word)).size).toBe(words.length);
    }
  });
});

describe.runIf(hasPostgres)("simultaneous messages (postgres)", () => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  beforeAll(async () => {
    t = await buildTestApp("postgres");
    buyer = await t.signUp("member", "Bea Buyer");
    seller = await t.signUp("member", "Sam Seller");
  });
  afterAll(() => t.close());

  const post = (url: string, user: TestUser, payload: Record<string, unknown> = {}) =>
    t.app.inject({ method: "POST", url, headers: { ...user.headers }, payload });
  const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode).sort();

  it("opens one thread for an order when its first two messages arrive at once, and keeps both", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const order = await createOrder(t, buyer, seller);
      const send = (text: string) =>
        post("/api/v1/threads", buyer, { storeId: order.storeId, orderId: order.id, text });
      const responses = await Promise.all([send("First question"), send("Second question")]);
      expect(statuses(responses)).toEqual([201, 201]);
      const ids = new Set(responses.map((r) => r.json().thread.id));
      expect(ids.size).toBe(1);
      const [threadId] = [...ids];
      const threads = await t.db
        .selectFrom("message_threads")
        .selectAll()
        .where("order_id", "=", order.id)
        .execute();
      expect(threads).toHaveLength(1);
      expect(threads[0]!.store_unread).toBe(2);
      const messages = await t.db
        .selectFrom("messages")
        .select("body")
        .where("thread_id", "=", threadId!)
        .execute();
      expect(messages.map((m) => m.body).sort()).toEqual(["First question", "Second question"]);
    }
  });

  it("files one of two phishing reports of one message sent at once by one buyer; the other is told 409", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { messageId } = await threadWithScam(t, buyer, seller);
      const url = `/api/v1/messages/${messageId}/report-phishing`;
      const responses = await Promise.all([post(url, buyer), post(url, buyer)]);
      expect(statuses(responses)).toEqual([201, 409]);
      expect(responses.find((r) => r.statusCode === 409)!.json().error.code).toBe("duplicate_report");
      const targets = await t.db
        .selectFrom("report_targets")
        .select("report_id")
        .where("target_kind", "=", "message")
        .where("target_id", "=", messageId)
        .execute();
      expect(targets).toHaveLength(1);
    }
  });

  it("blocks a domain once when two of Fraud & Security add it at once", async () => {
    const fay = await t.signUp("moderator", "Fay Fraud", ["fraud_security"]);
    const flo = await t.signUp("moderator", "Flo Fraud", ["fraud_security"]);
    for (let round = 0; round < ROUNDS; round++) {
      const domain = `phish-${round}.top`;
      const add = (user: TestUser) =>
        post("/api/v1/console/blocked-domains", user, { domain, reason: "Fake sign-in pages" });
      const responses = await Promise.all([add(fay), add(flo)]);
      expect(statuses(responses)).toEqual([201, 409]);
      const events = await t.db
        .selectFrom("blocked_domain_events")
        .select("id")
        .where("domain", "=", domain)
        .execute();
      expect(events).toHaveLength(1);
    }
  });
});
