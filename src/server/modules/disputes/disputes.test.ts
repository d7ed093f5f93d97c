import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { createOrder, disputeBody } from "../../../../test/disputes.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("order disputes (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set(new Date("2026-12-01T10:00:00Z")); // a Tuesday
    buyer = await t.signUp("member", "Dana Buyer");
    seller = await t.signUp("member", "Sol Seller");
  });
  afterAll(() => t.close());

  const post = (user: TestUser | null, url: string, payload?: object) =>
    t.app.inject({ method: "POST", url, headers: user ? { ...user.headers } : {}, payload: payload ?? {} });
  const get = (user: TestUser | null, url: string) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });

  async function openOn(overrides: Record<string, unknown> = {}) {
    const order = await createOrder(t, buyer, seller);
    const res = await post(buyer, "/api/v1/disputes", disputeBody(order.id, order.itemIds[0]!, overrides));
    expect(res.statusCode, res.body).toBe(201);
    return { order, dispute: res.json() };
  }

  const outbox = (topic: string) =>
    t.db.selectFrom("outbox").select(["payload_json", "dedupe_key"]).where("topic", "=", topic).execute();

  it("lists my orders with whether and until when a dispute may be opened", async () => {
    const delivered = await createOrder(t, buyer, seller);
    const travelling = await createOrder(t, buyer, seller, { deliveredDaysAgo: null, promisedInDays: 4 });
    const old = await createOrder(t, buyer, seller, { shippedDaysAgo: 40, deliveredDaysAgo: 30 });
    const unshipped = await createOrder(t, buyer, seller, { shippedDaysAgo: null, deliveredDaysAgo: null });
    const byId = async (id: string) => (await get(buyer, `/api/v1/me/orders/${id}`)).json();

    const open = await byId(delivered.id);
    expect(open.disputability).toMatchObject({ open: true, closesAt: "2026-12-14T10:00:00.000Z" });
    expect(open.disputability.reasons).not.toContain("not_received");
    expect(await byId(travelling.id)).toMatchObject({
      disputability: { open: false, opensAt: "2026-12-05T10:00:00.000Z" },
    });
    expect((await byId(travelling.id)).disputability.why).toContain("promised by 5 Dec 2026");
    expect((await byId(old.id)).disputability.why).toContain("ended on 16 Nov 2026");
    expect((await byId(unshipped.id)).disputability.why).toContain("once the order has shipped");

    const page = (await get(buyer, "/api/v1/me/orders?limit=2")).json();
    expect(page.items).toHaveLength(2);
    const next = (await get(buyer, `/api/v1/me/orders?limit=100&cursor=${page.nextCursor}`)).json();
    const all = [...page.items, ...next.items].map((o: { id: string }) => o.id);
    expect(all).toEqual(expect.arrayContaining([delivered.id, travelling.id, old.id, unshipped.id]));
    expect(new Set(all).size).toBe(all.length);
  });

  it("opens a dispute and shows both sides who acts next, by when, and what happens if nobody does", async () => {
    const { dispute } = await openOn();
    expect(dispute).toMatchObject({
      role: "buyer",
      status: "awaiting_seller",
      disputed: { amountMinor: 2500, currency: "EUR" },
      next: {
        who: "seller",
        by: "2026-12-06T10:00:00.000Z",
        // The same step as codes and values, for a client that words it in its reader's language.
        code: "answer_proposal",
        ifNobodyActsCode: "proposal_carried_out",
        params: {
          deadline: "2026-12-06T10:00:00.000Z",
          proposal: { kind: "refund", refund: { amountMinor: 2500, currency: "EUR" } },
        },
      },
    });
    expect(dispute.next.ifNobodyActs).toBe(
      "If the seller does not answer by 6 Dec 10:00 UTC, the refund of €25.00 is carried out.",
    );
    expect(dispute.descriptionLanguage).toBe("en");
    const asSeller = (await get(seller, `/api/v1/disputes/${dispute.id}`)).json();
    expect(asSeller).toMatchObject({ role: "seller", next: dispute.next, actions: { propose: true } });
    const mine = (await get(seller, "/api/v1/me/disputes?role=seller")).json();
    expect(mine.items.map((d: { id: string }) => d.id)).toContain(dispute.id);
    const mails = await outbox("mail.send");
    expect(mails.filter((m) => m.dedupe_key.startsWith(`mail:dispute:${dispute.id}`))).toHaveLength(2);
  });

  it("refuses bad input field by field and leaves nothing behind", async () => {
    const order = await createOrder(t, buyer, seller);
    const before = await t.db
      .selectFrom("disputes")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const body = (o: Record<string, unknown>) => disputeBody(order.id, order.itemIds[0]!, o);

    const notAnItem = await post(
      buyer,
      "/api/v1/disputes",
      body({ items: [{ orderItemId: "nope", quantity: 1 }] }),
    );
    expect(notAnItem.statusCode).toBe(400);
    expect(notAnItem.json().error.fields["items.0.orderItemId"]).toContain(
      "nope is not an item of this order",
    );
    const tooMany = await post(
      buyer,
      "/api/v1/disputes",
      body({ items: [{ orderItemId: order.itemIds[0], quantity: 3 }] }),
    );
    expect(tooMany.json().error.fields["items.0.quantity"]).toBe('The order has 2 of "Wireless earbuds".');
    const overPaid = await post(
      buyer,
      "/api/v1/disputes",
      body({ proposal: { kind: "partial_refund", amountMinor: 2501 } }),
    );
    expect(overPaid.statusCode).toBe(400);
    expect(overPaid.json().error.fields["proposal.amountMinor"]).toContain(
      "cannot be more than what was paid",
    );
    const zero = await post(
      buyer,
      "/api/v1/disputes",
      body({ proposal: { kind: "partial_refund", amountMinor: 0 } }),
    );
    expect(zero.statusCode).toBe(400);
    const wrongReason = await post(buyer, "/api/v1/disputes", body({ reason: "not_received" }));
    expect(wrongReason.json().error.fields.reason).toContain("was delivered");
    const stranger = await t.signUp("member", "Stranger");
    expect((await post(stranger, "/api/v1/disputes", body({}))).statusCode).toBe(404);
    const old = await createOrder(t, buyer, seller, { shippedDaysAgo: 40, deliveredDaysAgo: 30 });
    const late = await post(buyer, "/api/v1/disputes", disputeBody(old.id, old.itemIds[0]!));
    expect(late.statusCode).toBe(403);
    expect(late.json().error.message).toContain("buyer protection of this order ended");

    const after = await t.db
      .selectFrom("disputes")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("refuses a second open dispute on the same items with the first one's reference", async () => {
    const { order, dispute } = await openOn();
    const again = await post(buyer, "/api/v1/disputes", disputeBody(order.id, order.itemIds[0]!));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "dispute_exists",
      existing: { reference: dispute.reference },
    });
    // The other item is free.
    const other = await post(buyer, "/api/v1/disputes", {
      ...disputeBody(order.id, order.itemIds[1]!),
      items: [{ orderItemId: order.itemIds[1], quantity: 1 }],
    });
    expect(other.statusCode).toBe(201);
    // Settled (the seller accepts the refund): the item is not disputed again.
    expect((await post(seller, `/api/v1/disputes/${dispute.id}/accept`)).statusCode).toBe(200);
    const settled = await post(buyer, "/api/v1/disputes", disputeBody(order.id, order.itemIds[0]!));
    expect(settled.statusCode).toBe(409);
    expect(settled.json().error).toMatchObject({
      message: expect.stringContaining(`settled in dispute ${dispute.reference}`),
      existing: { reference: dispute.reference },
    });
  });

  it("negotiates: the seller counter-proposes, the buyer accepts, the refund is announced", async () => {
    const { dispute } = await openOn();
    const outOfTurn = await post(buyer, `/api/v1/disputes/${dispute.id}/proposals`, { kind: "refund" });
    expect(outOfTurn.statusCode).toBe(409);
    expect(outOfTurn.json().error.message).toContain("The dispute is now: awaiting seller");

    t.clock.advanceHours(24);
    const countered = await post(seller, `/api/v1/disputes/${dispute.id}/proposals`, {
      kind: "partial_refund",
      amountMinor: 1000,
      note: "The model is the newer one; I offer €10 for the trouble.",
    });
    expect(countered.statusCode, countered.body).toBe(200);
    expect(countered.json()).toMatchObject({
      status: "awaiting_buyer",
      next: { who: "buyer", by: "2026-12-07T10:00:00.000Z" },
    });
    const forBuyer = (await get(buyer, `/api/v1/disputes/${dispute.id}`)).json();
    expect(forBuyer.actions.accept).toBe(countered.json().proposals.at(-1).id);

    const accepted = await post(buyer, `/api/v1/disputes/${dispute.id}/accept`);
    expect(accepted.json()).toMatchObject({
      status: "resolved",
      outcome: "partial_refund",
      refund: { amountMinor: 1000 },
    });
    expect(accepted.json().timeline.map((e: { type: string }) => e.type)).toEqual([
      "dispute.opened",
      "proposal.made",
      "proposal.accepted",
    ]);
    const refunds = (await outbox("refund.requested")).map((r) => JSON.parse(r.payload_json));
    expect(refunds.filter((r) => r.disputeId === dispute.id)).toEqual([
      expect.objectContaining({ amountMinor: 1000, currency: "EUR", afterReturn: false }),
    ]);
    // Settled: nothing more to accept or propose.
    expect((await post(seller, `/api/v1/disputes/${dispute.id}/accept`)).statusCode).toBe(409);
    t.clock.set(new Date("2026-12-01T10:00:00Z"));
  });

  it("carries out the buyer's proposal once when the seller stays silent, even across restarts", async () => {
    const { dispute } = await openOn({ proposal: { kind: "refund" } });
    t.clock.set(new Date("2026-12-06T10:00:01Z"));
    await t.worker.drain();
    await t.worker.drain();
    const after = (await get(buyer, `/api/v1/disputes/${dispute.id}`)).json();
    expect(after).toMatchObject({ status: "resolved", outcome: "refund", refund: { amountMinor: 2500 } });
    expect(after.timeline.filter((e: { type: string }) => e.type === "proposal.carried_out")).toHaveLength(1);
    const refunds = (await outbox("refund.requested")).filter((r) => r.payload_json.includes(dispute.id));
    expect(refunds).toHaveLength(1);
    t.clock.set(new Date("2026-12-01T10:00:00Z"));
  });

  it("never fires a timer on a dispute that moved on", async () => {
    const { dispute } = await openOn();
    t.clock.set(new Date("2026-12-05T10:00:00Z"));
    await post(seller, `/api/v1/disputes/${dispute.id}/proposals`, {
      kind: "partial_refund",
      amountMinor: 500,
    });
    t.clock.set(new Date("2026-12-06T10:00:01Z")); // the seller's old deadline
    await t.worker.drain();
    expect((await get(buyer, `/api/v1/disputes/${dispute.id}`)).json().status).toBe("awaiting_buyer");
    t.clock.set(new Date("2026-12-01T10:00:00Z"));
  });

  it("fires many due timers in one sweep, each as its own dispute says, and skips the one that moved on", async () => {
    const refund = (await openOn({ proposal: { kind: "refund" } })).dispute;
    const partial = (await openOn({ proposal: { kind: "partial_refund", amountMinor: 700 } })).dispute;
    const countered = (await openOn()).dispute;
    const settled = (await openOn()).dispute;
    t.clock.set(new Date("2026-12-02T10:00:00Z"));
    await post(seller, `/api/v1/disputes/${countered.id}/proposals`, {
      kind: "partial_refund",
      amountMinor: 300,
    });
    await post(seller, `/api/v1/disputes/${settled.id}/accept`);
    t.clock.set(new Date("2026-12-07T10:00:01Z")); // past both sides' deadlines
    await t.worker.drain();
    const now = async (id: string) => (await get(buyer, `/api/v1/disputes/${id}`)).json();
    expect(await now(refund.id)).toMatchObject({ status: "resolved", refund: { amountMinor: 2500 } });
    expect(await now(partial.id)).toMatchObject({ status: "resolved", refund: { amountMinor: 700 } });
    expect(await now(countered.id)).toMatchObject({ status: "resolved", refund: { amountMinor: 300 } });
    const untouched = await now(settled.id);
    expect(untouched.timeline.map((e: { type: string }) => e.type)).not.toContain("proposal.carried_out");
    const refunds = (await outbox("refund.requested")).map((r) => JSON.parse(r.payload_json));
    for (const [d, amountMinor] of [
      [refund, 2500],
      [partial, 700],
      [countered, 300],
    ] as const) {
      expect(refunds.filter((r) => r.disputeId === d.id)).toEqual([
        expect.objectContaining({ amountMinor, items: [expect.objectContaining({ quantity: 2 })] }),
      ]);
      const mails = (await outbox("mail.send")).filter((m) =>
        m.dedupe_key.startsWith(`mail:dispute:${d.id}:`),
      );
      // Opened, then carried out (and for the countered one, the counter-proposal): to both sides each time.
      expect(mails).toHaveLength(d === countered ? 6 : 4);
    }
    t.clock.set(new Date("2026-12-01T10:00:00Z"));
  });

  it("lets a side escalate after 3 days, and escalates by itself after 15", async () => {
    const { dispute } = await openOn();
    const early = await post(seller, `/api/v1/disputes/${dispute.id}/escalate`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain("You can escalate from 4 Dec 10:00 UTC");
    t.clock.set(new Date("2026-12-04T10:00:00Z"));
    const escalated = await post(seller, `/api/v1/disputes/${dispute.id}/escalate`);
    expect(escalated.json()).toMatchObject({
      status: "escalated",
      next: {
        who: "platform",
        by: "2026-12-11T10:00:00.000Z",
        code: "mediator_rules",
        ifNobodyActsCode: null,
      },
    });

    t.clock.set(new Date("2026-12-01T10:00:00Z"));
    const second = (await openOn()).dispute;
    // Proposals every 4 days keep the negotiation going until the 15-day limit.
    for (const [day, who] of [
      ["05", seller],
      ["09", buyer],
      ["13", seller],
    ] as const) {
      t.clock.set(new Date(`2026-12-${day}T10:00:00Z`));
      const res = await post(who, `/api/v1/disputes/${second.id}/proposals`, {
        kind: "partial_refund",
        amountMinor: 900,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const lastDay = (await get(buyer, `/api/v1/disputes/${second.id}`)).json().next;
    expect(lastDay.ifNobodyActs).toContain("goes to the platform");
    expect(lastDay.ifNobodyActsCode).toBe("escalates");
    t.clock.set(new Date("2026-12-16T10:00:01Z"));
    await t.worker.drain();
    expect((await get(buyer, `/api/v1/disputes/${second.id}`)).json().status).toBe("escalated");
    t.clock.set(new Date("2026-12-01T10:00:00Z"));
  });

  it("lets the buyer withdraw and reopen once while protection lasts", async () => {
    const { order, dispute } = await openOn();
    expect((await post(seller, `/api/v1/disputes/${dispute.id}/withdraw`)).statusCode).toBe(409);
    const withdrawn = await post(buyer, `/api/v1/disputes/${dispute.id}/withdraw`);
    expect(withdrawn.json()).toMatchObject({
      status: "withdrawn",
      actions: { reopen: true },
      next: { who: "nobody", code: "withdrawn_reopenable", params: { reopenUntil: expect.any(String) } },
    });
    // Withdrawn frees the items, and reopening claims them again.
    const reopened = await post(buyer, `/api/v1/disputes/${dispute.id}/reopen`);
    expect(reopened.json()).toMatchObject({
      status: "awaiting_seller",
      next: { by: "2026-12-06T10:00:00.000Z" },
    });
    expect((await post(buyer, "/api/v1/disputes", disputeBody(order.id, order.itemIds[0]!))).statusCode).toBe(
      409,
    );
    const again = await post(buyer, `/api/v1/disputes/${dispute.id}/withdraw`);
    expect(again.json().next).toMatchObject({ code: "withdrawn", text: "The buyer withdrew the dispute." });
    const twice = await post(buyer, `/api/v1/disputes/${dispute.id}/reopen`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain("only once");
  });

  it("keeps messages on one timeline both sides see", async () => {
    const { dispute } = await openOn();
    await post(seller, `/api/v1/disputes/${dispute.id}/messages`, {
      text: "Could you send a photo of the label?",
    });
    await post(buyer, `/api/v1/disputes/${dispute.id}/messages`, { text: "Here it is: model X2, not X3." });
    const seen = (await get(seller, `/api/v1/disputes/${dispute.id}`)).json();
    expect(
      seen.timeline
        .filter((e: { type: string }) => e.type === "message.posted")
        .map((e: { by: string; text: string }) => [e.by, e.text]),
    ).toEqual([
      ["seller", "Could you send a photo of the label?"],
      ["buyer", "Here it is: model X2, not X3."],
    ]);
    expect((await post(seller, `/api/v1/disputes/${dispute.id}/messages`, { text: "  " })).statusCode).toBe(
      400,
    );
  });
});
