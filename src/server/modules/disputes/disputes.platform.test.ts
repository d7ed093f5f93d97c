import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { createOrder, disputeBody, type OrderShape } from "../../../../test/disputes.fixtures.ts";

const dialects = await availableDialects();

describe.each(dialects)("disputes with the platform (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  let mediator: TestUser;
  let secondMediator: TestUser;
  let listingModerator: TestUser;
  const opened = new Date("2026-12-01T10:00:00Z"); // a Tuesday
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    buyer = await t.signUp("member", "Dana Buyer");
    seller = await t.signUp("member", "Sol Seller");
    mediator = await t.signUp("moderator", "Meg Mediator", ["disputes"]);
    secondMediator = await t.signUp("moderator", "Max Mediator", ["disputes"]);
    listingModerator = await t.signUp("moderator", "Lia Listings", ["listing_compliance"]);
  });
  afterAll(() => t.close());

  const post = (user: TestUser, url: string, payload: object = {}) =>
    t.app.inject({ method: "POST", url, headers: { ...user.headers }, payload });
  const get = (user: TestUser, url: string) =>
    t.app.inject({ method: "GET", url, headers: { ...user.headers } });
  const outboxOf = async (topic: string, disputeId: string) =>
    (
      await t.db
        .selectFrom("outbox")
        .select("payload_json")
        .where("topic", "=", topic)
        .where("payload_json", "like", `%${disputeId}%`)
        .execute()
    ).map((r) => JSON.parse(r.payload_json));

  /** A dispute the seller answered, escalated by the buyer after 3 days. */
  async function escalated(overrides: Record<string, unknown> = {}, shape: OrderShape = {}) {
    t.clock.set(opened);
    const order = await createOrder(t, buyer, seller, shape);
    const res = await post(buyer, "/api/v1/disputes", disputeBody(order.id, order.itemIds[0]!, overrides));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    await post(seller, `/api/v1/disputes/${id}/proposals`, { kind: "partial_refund", amountMinor: 500 });
    t.clock.set(new Date("2026-12-04T10:00:00Z"));
    expect((await post(buyer, `/api/v1/disputes/${id}/escalate`)).statusCode).toBe(200);
    return { id, order };
  }
  const ruling = async (user: TestUser, id: string, body: Record<string, unknown>) => {
    const page = (await get(user, `/api/v1/console/disputes/${id}`)).json();
    return post(user, `/api/v1/console/disputes/${id}/ruling`, {
      reasons: "The photos show a different model from the listing; the seller did not dispute that.",
      evidenceConsidered: page.timeline.map((e: { id: string }) => e.id),
      ...body,
    });
  };

  it("queues escalated disputes for the Disputes department only, soonest deadline first", async () => {
    const first = await escalated();
    const second = await escalated();
    const queue = (await get(mediator, "/api/v1/console/disputes?limit=100")).json();
    const ids = queue.items.map((d: { id: string }) => d.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(queue.items.find((d: { id: string }) => d.id === first.id)).toMatchObject({
      status: "escalated",
      dueAt: "2026-12-11T10:00:00.000Z",
      overdue: false,
    });
    expect((await get(listingModerator, "/api/v1/console/disputes")).statusCode).toBe(403);
    expect((await get(listingModerator, `/api/v1/console/disputes/${first.id}`)).statusCode).toBe(403);
    expect((await get(buyer, "/api/v1/console/disputes")).statusCode).toBe(403);
  });

  it("keeps disputes the platform never took up out of the console", async () => {
    t.clock.set(opened);
    const order = await createOrder(t, buyer, seller);
    const res = await post(buyer, "/api/v1/disputes", disputeBody(order.id, order.itemIds[0]!));
    expect((await get(mediator, `/api/v1/console/disputes/${res.json().id}`)).statusCode).toBe(404);
  });

  it("suggests a full refund for an order not received whose tracking went silent for 10 days", async () => {
    const silent = await escalated(
      { reason: "not_received" },
      { deliveredDaysAgo: null, shippedDaysAgo: 20, promisedInDays: -5 },
    );
    await t.db
      .updateTable("orders")
      .set({ last_tracking_at: "2026-11-20T10:00:00.000Z" })
      .where("id", "=", silent.order.id)
      .execute();
    const page = (await get(mediator, `/api/v1/console/disputes/${silent.id}`)).json();
    expect(page.suggestion).toEqual({
      outcome: "refund",
      why: "The tracking has had no update for 14 days (last on 20 Nov 2026). After 10 days without one, the rules give a full refund.",
    });
    expect(page.shipping).toMatchObject({ carrier: "DHL", lastTrackingAt: "2026-11-20T10:00:00.000Z" });
  });

  it("asks one side for evidence and takes the dispute up again when it arrives or the time runs out", async () => {
    const { id } = await escalated();
    const asked = await post(mediator, `/api/v1/console/disputes/${id}/request-evidence`, {
      from: "seller",
      message: "Please send the listing photos you used and the invoice of the model shipped.",
      days: 2,
    });
    expect(asked.json()).toMatchObject({
      status: "awaiting_evidence",
      next: {
        who: "seller",
        by: "2026-12-06T10:00:00.000Z",
        code: "evidence_requested",
        ifNobodyActsCode: "platform_decides",
        text: "The platform asked the seller for more evidence.",
      },
    });
    // The side not asked may still add evidence: it goes on the timeline, and the request stays open.
    const unasked = await post(buyer, `/api/v1/disputes/${id}/evidence`, { message: "A photo of the box." });
    expect(unasked.json()).toMatchObject({ status: "awaiting_evidence" });
    expect(unasked.json().timeline.at(-1).type).toBe("evidence.added");
    const sent = await post(seller, `/api/v1/disputes/${id}/evidence`, {
      message: "Invoice no. 4411 attached to my message.",
    });
    expect(sent.json().status).toBe("escalated");

    const late = await escalated();
    await post(mediator, `/api/v1/console/disputes/${late.id}/request-evidence`, {
      from: "buyer",
      message: "Please send photos of the label.",
      days: 1,
    });
    t.clock.set(new Date("2026-12-05T10:00:01Z"));
    await t.worker.drain();
    expect((await get(buyer, `/api/v1/disputes/${late.id}`)).json().status).toBe("escalated");
  });

  it("rules a return and refund; the buyer ships, the seller confirms, the refund follows", async () => {
    const { id } = await escalated();
    const ruled = await ruling(mediator, id, { outcome: "return_and_refund" });
    expect(ruled.statusCode, ruled.body).toBe(200);
    const forBuyer = (await get(buyer, `/api/v1/disputes/${id}`)).json();
    expect(forBuyer).toMatchObject({
      status: "awaiting_return",
      actions: { shipReturn: true, appeal: true },
    });
    const ruledEntry = forBuyer.timeline.find((e: { type: string }) => e.type === "dispute.ruled");
    expect(ruledEntry.text).toContain("Wireless earbuds: 2 × €12.50 = €25.00");
    expect(ruledEntry.text).toContain("Evidence considered: 3 entries of the timeline.");
    expect(await outboxOf("refund.requested", id)).toEqual([]);

    expect(
      (await post(buyer, `/api/v1/disputes/${id}/return-shipment`, { carrier: "", trackingNumber: "1" }))
        .statusCode,
    ).toBe(400);
    const shipped = await post(buyer, `/api/v1/disputes/${id}/return-shipment`, {
      carrier: "DHL",
      trackingNumber: "JD014600001234",
    });
    expect(shipped.json()).toMatchObject({
      status: "return_shipped",
      next: {
        who: "seller",
        code: "confirm_return",
        ifNobodyActsCode: "refund_carried_out",
        params: { refund: { amountMinor: 2500, currency: "EUR" } },
      },
    });
    expect((await post(buyer, `/api/v1/disputes/${id}/return-received`)).statusCode).toBe(409);
    const received = await post(seller, `/api/v1/disputes/${id}/return-received`);
    expect(received.json()).toMatchObject({
      status: "resolved",
      outcome: "return_and_refund",
      refund: { amountMinor: 2500 },
    });
    expect(await outboxOf("refund.requested", id)).toEqual([
      expect.objectContaining({ amountMinor: 2500, currency: "EUR", afterReturn: true }),
    ]);
    // The return carried the ruling out: there is nothing left to appeal.
    expect(received.json().actions.appeal).toBe(false);
    const late = await post(seller, `/api/v1/disputes/${id}/appeal`, {
      reason: "The items came back used and scratched.",
    });
    expect(late.statusCode).toBe(409);
  });

  it("warns a buyer who does not ship 48 and 24 hours before, then closes the dispute without a refund", async () => {
    const { id } = await escalated();
    await ruling(mediator, id, { outcome: "return_and_refund" }); // 4 Dec: ship by 14 Dec
    const reminders = () =>
      t.db
        .selectFrom("outbox")
        .select("dedupe_key")
        .where("dedupe_key", "like", `mail:dispute-reminder:${id}:%`)
        .execute();
    t.clock.set(new Date("2026-12-12T10:00:01Z"));
    await t.worker.drain();
    t.clock.set(new Date("2026-12-13T10:00:01Z"));
    await t.worker.drain();
    expect(await reminders()).toHaveLength(2);
    t.clock.set(new Date("2026-12-14T10:00:01Z"));
    await t.worker.drain();
    expect((await get(buyer, `/api/v1/disputes/${id}`)).json()).toMatchObject({
      status: "resolved",
      outcome: "rejected",
    });
  });

  it("lets a side appeal once within 7 days; a different mediator decides and only the difference is announced", async () => {
    const { id } = await escalated();
    expect((await ruling(mediator, id, { outcome: "partial_refund", amountMinor: 2501 })).statusCode).toBe(
      400,
    );
    const unknown = await post(mediator, `/api/v1/console/disputes/${id}/ruling`, {
      outcome: "refund",
      reasons: "The photos show a different model from the listing; the seller did not dispute that.",
      evidenceConsidered: ["not-an-entry"],
    });
    expect(unknown.json().error.fields["evidenceConsidered.0"]).toBe(
      "This is not an entry of this dispute's timeline.",
    );
    const ruled = await ruling(mediator, id, { outcome: "partial_refund", amountMinor: 1500 });
    expect((await outboxOf("refund.requested", id)).map((r) => r.amountMinor)).toEqual([1500]);
    expect(ruled.json().next).toMatchObject({
      code: "resolved_appealable",
      ifNobodyActsCode: "ruling_stands",
      params: { outcome: "partial_refund", refund: { amountMinor: 1500, currency: "EUR" } },
    });
    expect(ruled.json().next.params.appealUntil).toBe(ruled.json().next.by);

    const appealed = await post(seller, `/api/v1/disputes/${id}/appeal`, {
      reason: "The buyer ordered the newer model; the listing says so in its second line.",
    });
    expect(appealed.json()).toMatchObject({ status: "appealed", next: { code: "appeal_under_review" } });
    expect(
      (
        await post(buyer, `/api/v1/disputes/${id}/appeal`, {
          reason: "I appeal too, for a full refund please.",
        })
      ).statusCode,
    ).toBe(409);
    const same = await ruling(mediator, id, { outcome: "rejected" });
    expect(same.statusCode).toBe(409);
    expect(same.json().error.message).toContain("A different mediator decides the appeal");
    expect(
      (await ruling(secondMediator, id, { outcome: "partial_refund", amountMinor: 1000 })).statusCode,
    ).toBe(200);
    expect((await outboxOf("refund.reversal_requested", id)).map((r) => r.amountMinor)).toEqual([500]);
    expect((await get(buyer, `/api/v1/disputes/${id}`)).json().actions.appeal).toBe(false);
  });

  it("refuses an appeal after 7 days", async () => {
    const { id } = await escalated();
    await ruling(mediator, id, { outcome: "rejected" });
    t.clock.set(new Date("2026-12-11T10:00:01Z"));
    const late = await post(buyer, `/api/v1/disputes/${id}/appeal`, {
      reason: "I only now found the original photos of it.",
    });
    expect(late.statusCode).toBe(409);
  });
});
