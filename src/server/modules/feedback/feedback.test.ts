import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { createOrder, disputeBody, type OrderShape } from "../../../../test/disputes.fixtures.ts";
import { multipart, samples } from "../../../../test/multipart.ts";

const dialects = await availableDialects();
const DAY = 86_400_000;

describe.each(dialects)("feedback and store ratings (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let otherBuyer: TestUser;
  let seller: TestUser;
  const start = new Date("2026-12-01T10:00:00Z");
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set(start);
    buyer = await t.signUp("member", "Dana Buyer");
    otherBuyer = await t.signUp("member", "Omar Other");
    seller = await t.signUp("member", "Sol Seller");
  });
  afterAll(() => t.close());

  const send = (method: "POST" | "PATCH", user: TestUser | null, url: string, payload: object) =>
    t.app.inject({ method, url, headers: user ? { ...user.headers } : {}, payload });
  const get = (user: TestUser | null, url: string) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });
  const later = (days: number) => t.clock.set(new Date(start.getTime() + days * DAY));

  const store = { asDescribed: 5, communication: 4, shippingSpeed: 3 };
  const rateBuyer = (order: { id: string }, experience = "positive", who = seller) =>
    send("POST", who, `/api/v1/orders/${order.id}/buyer-feedback`, { experience });
  const rateBlind = (order: { id: string; itemIds: string[] }, stars: number[], who = buyer) =>
    send("POST", who, `/api/v1/me/orders/${order.id}/feedback`, {
      items: stars.map((n, i) => ({ orderItemId: order.itemIds[i], stars: n, text: `Rated ${n} stars.` })),
      store,
    });
  /** The seller has given its feedback on the buyer first, so the rating is shown as it is given. */
  const rate = async (order: { id: string; itemIds: string[] }, stars: number[], who = buyer) => {
    await rateBuyer(order);
    return rateBlind(order, stars, who);
  };
  const storeRating = async (storeId: string) => (await get(null, `/api/v1/stores/${storeId}/rating`)).json();
  const order = (shape: OrderShape = {}) => createOrder(t, buyer, seller, shape);

  it("rates each item and the store; the store, the listing and the list show it at once", async () => {
    t.clock.set(start);
    const o = await order();
    const res = await rate(o, [5, 2]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ mayRate: false, why: "You rated this order." });
    expect(await storeRating(o.storeId)).toMatchObject({
      // The order's two items count once: the first one, 5 stars.
      positivePercent: 100,
      counted: 1,
      histogram: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 1 },
      detailed: { asDescribed: 5, communication: 4, shippingSpeed: 3 },
    });
    const listingId = res.json().items[1].listingId;
    expect((await get(null, `/api/v1/listings/${listingId}/rating`)).json()).toMatchObject({
      average: 2,
      count: 1,
    });
    const list = (await get(null, `/api/v1/stores/${o.storeId}/feedback`)).json();
    expect(list.items.map((f: { stars: number }) => f.stars).sort()).toEqual([2, 5]);
    expect(list.items[0].buyerName).toBe("Dana B.");
    expect(JSON.stringify(list)).not.toContain(buyer.email);
  });

  it("refuses bad input field by field, other people's orders, and orders not rateable, storing nothing", async () => {
    t.clock.set(start);
    const o = await order();
    const bad = await send("POST", buyer, `/api/v1/me/orders/${o.id}/feedback`, {
      items: [
        { orderItemId: o.itemIds[0], stars: 6 },
        { orderItemId: "or-elsewhere-1", stars: 3 },
      ],
      store: { ...store, communication: 0 },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["items.0.stars", "store.communication"]);
    const foreign = await send("POST", buyer, `/api/v1/me/orders/${o.id}/feedback`, {
      items: [{ orderItemId: "or-elsewhere-1", stars: 3 }],
      store,
    });
    expect(foreign.json().error.fields).toEqual({ "items.0.orderItemId": "This item is not in the order." });
    expect((await rate(o, [4], otherBuyer)).statusCode).toBe(403);
    expect((await rate(o, [4], null as unknown as TestUser)).statusCode).toBe(401);
    expect((await rate(await order({ deliveredDaysAgo: null }), [4])).json().error.message).toContain(
      "once it has been delivered",
    );
    expect((await rate(await order({ deliveredDaysAgo: 31 }), [4])).statusCode).toBe(403);
    expect((await get(otherBuyer, `/api/v1/me/orders/${o.id}/feedback`)).statusCode).toBe(404);
    expect((await get(buyer, `/api/v1/me/orders/${o.id}/feedback`)).json()).toMatchObject({
      mayRate: true,
      items: [],
      store: null,
    });
    expect((await storeRating(o.storeId)).counted).toBe(0);
    expect((await rate(o, [4])).statusCode).toBe(201);
    const again = await rate(o, [1]);
    expect(again.statusCode).toBe(409);
    expect((await storeRating(o.storeId)).histogram).toMatchObject({ 1: 0, 4: 1 });
  });

  it("takes up to 5 photos checked by content, shows them with the rating, and keeps nothing of a refused form", async () => {
    t.clock.set(start);
    const o = await order();
    const url = `/api/v1/me/orders/${o.id}/feedback`;
    const rating = { items: [{ orderItemId: o.itemIds[0], stars: 4 }], store };
    const photo = (fileName: string, content = samples.png()) => ({ name: "photos", fileName, content });
    const post = (files: ReturnType<typeof photo>[]) => {
      const form = multipart(rating, files, "rating");
      return t.app.inject({
        method: "POST",
        url,
        headers: { ...buyer.headers, ...form.headers },
        payload: form.payload,
      });
    };
    await rateBuyer(o);
    const svg = await post([photo("a.png"), photo("b.svg", samples.svg())]);
    expect(svg.statusCode).toBe(415);
    expect(svg.json().error.fields.photos).toMatch(/not a photo/);
    const pdf = await post([photo("receipt.pdf", samples.pdf())]);
    expect(pdf.statusCode).toBe(415);
    const six = await post(Array.from({ length: 6 }, (_, i) => photo(`p${i}.png`)));
    expect(six.statusCode).toBe(400);
    expect(six.json().error.fields.photos).toBe("Attach at most 5 files here.");
    expect((await get(buyer, url)).json().items).toEqual([]);

    const res = await post([photo("front.png"), photo("box.png")]);
    expect(res.statusCode, res.body).toBe(201);
    const photos = res.json().items[0].photos;
    expect(photos.map((p: { fileName: string }) => p.fileName)).toEqual(["front.png", "box.png"]);
    const list = (await get(null, `/api/v1/stores/${o.storeId}/feedback`)).json();
    expect(list.items.find((f: { orderId: string }) => f.orderId === o.id).photos).toHaveLength(2);
    const served = await get(null, photos[0].url);
    expect(served.statusCode).toBe(200);
    expect(served.headers["content-type"]).toBe("image/png");
    expect(served.headers["x-content-type-options"]).toBe("nosniff");
    expect(served.headers["content-security-policy"]).toContain("sandbox");
    expect((await get(null, "/api/v1/feedback/photos/no-such-photo")).statusCode).toBe(404);
  });

  it("lets the buyer edit a rating once within 30 days; the rating trades the old stars for the new", async () => {
    t.clock.set(start);
    const o = await order();
    const id = (await rate(o, [2])).json().items[0].id;
    const edited = await send("PATCH", buyer, `/api/v1/feedback/${id}`, {
      stars: 5,
      text: "Solved by the seller.",
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ stars: 5, editedAt: expect.any(String) });
    expect(await storeRating(o.storeId)).toMatchObject({ positivePercent: 100, histogram: { 2: 0, 5: 1 } });
    expect((await send("PATCH", buyer, `/api/v1/feedback/${id}`, { stars: 1 })).statusCode).toBe(409);
    expect((await send("PATCH", otherBuyer, `/api/v1/feedback/${id}`, { stars: 1 })).statusCode).toBe(404);
    const late = await order();
    const lateId = (await rate(late, [3])).json().items[0].id;
    later(29);
    expect((await send("PATCH", buyer, `/api/v1/feedback/${lateId}`, { stars: 4 })).statusCode).toBe(403);
  });

  it("lets the store's seller reply once, publicly; nobody else", async () => {
    t.clock.set(start);
    const o = await order();
    const id = (await rate(o, [3])).json().items[0].id;
    const reply = { text: "Thank you; we have changed our courier." };
    expect((await send("POST", otherBuyer, `/api/v1/feedback/${id}/reply`, reply)).statusCode).toBe(403);
    const replied = await send("POST", seller, `/api/v1/feedback/${id}/reply`, reply);
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json().reply).toMatchObject({ text: reply.text });
    expect((await send("POST", seller, `/api/v1/feedback/${id}/reply`, reply)).statusCode).toBe(409);
    const list = (await get(null, `/api/v1/stores/${o.storeId}/feedback`)).json();
    expect(list.items[0].reply.text).toBe(reply.text);
  });

  it("counts one buyer's ratings of a store within 10 days once", async () => {
    t.clock.set(start);
    const first = await order();
    const shape = { storeId: first.storeId };
    const [second, third] = [await order(shape), await order(shape)];
    await rate(first, [5]);
    later(4);
    const repeat = await rate(second, [1]);
    expect(repeat.json().items[0].notCountedWhy).toContain("within 10 days count once");
    later(11);
    await rate(third, [1]);
    expect(await storeRating(first.storeId)).toMatchObject({ counted: 2, positivePercent: 50 });
  });

  it("keeps an order in an unresolved dispute out of the rating until the dispute ends", async () => {
    t.clock.set(start);
    const disputedFirst = await order();
    const opened = await send(
      "POST",
      buyer,
      "/api/v1/disputes",
      disputeBody(disputedFirst.id, disputedFirst.itemIds[0]!),
    );
    expect(opened.statusCode, opened.body).toBe(201);
    const held = await rate(disputedFirst, [1]);
    expect(held.json().items[0].notCountedWhy).toContain("once the dispute on this order is resolved");
    expect((await storeRating(disputedFirst.storeId)).counted).toBe(0);
    // The seller accepts the refund: the dispute is resolved and the rating counts.
    await send("POST", seller, `/api/v1/disputes/${opened.json().id}/accept`, {});
    await t.worker.drain();
    expect(await storeRating(disputedFirst.storeId)).toMatchObject({ counted: 1, positivePercent: 0 });

    // Rated first, disputed afterwards: the rating leaves the store's figures while the dispute lasts.
    const ratedFirst = await order();
    await rate(ratedFirst, [2]);
    expect((await storeRating(ratedFirst.storeId)).counted).toBe(1);
    await send("POST", buyer, "/api/v1/disputes", disputeBody(ratedFirst.id, ratedFirst.itemIds[0]!));
    await t.worker.drain();
    await t.worker.drain();
    expect(await storeRating(ratedFirst.storeId)).toMatchObject({
      counted: 0,
      detailed: { asDescribed: null },
    });
  });

  it("keeps a rating and the seller's feedback on the buyer blind to the other side until both are in", async () => {
    t.clock.set(start);
    const o = await order();
    const rated = await rateBlind(o, [2]);
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ showsAt: expect.any(String), sellerFeedbackWaiting: false });
    const id = rated.json().items[0].id;
    expect(rated.json().items[0].shown).toBe(false);
    // Neither the public, nor the seller (its list, its figures, a reply) learns of the rating yet.
    const listed = async (viewer: TestUser | null) =>
      (await get(viewer, `/api/v1/stores/${o.storeId}/feedback`))
        .json()
        .items.map((f: { id: string }) => f.id);
    expect(await listed(null)).not.toContain(id);
    expect(await listed(seller)).not.toContain(id);
    expect((await storeRating(o.storeId)).counted).toBe(0);
    const reply = { text: "Why two stars?" };
    expect((await send("POST", seller, `/api/v1/feedback/${id}/reply`, reply)).statusCode).toBe(404);

    const given = await send("POST", seller, `/api/v1/orders/${o.id}/buyer-feedback`, {
      experience: "neutral",
      text: "Paid a day late.",
    });
    expect(given.statusCode, given.body).toBe(201);
    expect((await rateBuyer(o)).statusCode).toBe(409);
    const mine = (await get(buyer, `/api/v1/me/orders/${o.id}/feedback`)).json();
    expect(mine.items[0].shown).toBe(true);
    expect(mine.sellerFeedback).toMatchObject({ experience: "neutral", text: "Paid a day late." });
    expect(await listed(null)).toContain(id);
    expect(await storeRating(o.storeId)).toMatchObject({ counted: 1, positivePercent: 0 });
    expect((await send("POST", seller, `/api/v1/feedback/${id}/reply`, reply)).statusCode).toBe(200);

    // The seller first: the buyer knows there is feedback, sees it only after rating.
    const second = await order({ storeId: o.storeId });
    await rateBuyer(second, "positive");
    const before = (await get(buyer, `/api/v1/me/orders/${second.id}/feedback`)).json();
    expect(before).toMatchObject({ sellerFeedback: null, sellerFeedbackWaiting: true });
    const after = (await rateBlind(second, [5])).json();
    expect(after).toMatchObject({ sellerFeedback: { experience: "positive" }, sellerFeedbackWaiting: false });
    expect(after.items[0].shown).toBe(true);
  });

  it("shows a blind rating when the 30 days close, once, and counts it then", async () => {
    t.clock.set(start);
    const o = await order({ deliveredDaysAgo: 1 });
    const id = (await rateBlind(o, [4])).json().items[0].id;
    await t.worker.drain();
    expect((await storeRating(o.storeId)).counted).toBe(0);
    later(29);
    await t.worker.drain();
    expect((await storeRating(o.storeId)).counted).toBe(1);
    await t.worker.drain();
    expect((await storeRating(o.storeId)).counted).toBe(1);
    const list = (await get(null, `/api/v1/stores/${o.storeId}/feedback`)).json();
    expect(list.items.map((f: { id: string }) => f.id)).toContain(id);
    // The window is closed: the seller's feedback on that buyer comes too late.
    expect((await rateBuyer(o)).statusCode).toBe(403);
  });

  it("lists the seller's orders waiting for its feedback on the buyer, only to the seller", async () => {
    t.clock.set(start);
    const o = await order({ items: [{ title: "Lamp", quantity: 1, priceMinor: 900 }] });
    const url = `/api/v1/stores/${o.storeId}/orders-to-rate`;
    const waiting = (await get(seller, url)).json();
    expect(waiting.items).toEqual([
      expect.objectContaining({ orderId: o.id, buyerName: "Dana B.", items: ["Lamp"] }),
    ]);
    expect((await get(otherBuyer, url)).statusCode).toBe(403);
    expect((await get(null, url)).statusCode).toBe(401);
    const bad = await send("POST", seller, `/api/v1/orders/${o.id}/buyer-feedback`, { experience: "great" });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(["experience"]);
    expect((await rateBuyer(o, "positive", otherBuyer)).statusCode).toBe(403);
    await rateBuyer(o);
    expect((await get(seller, url)).json().items).toEqual([]);
  });

  it("answers 404 for a store or listing that does not exist", async () => {
    expect((await get(null, "/api/v1/stores/st-nowhere/rating")).statusCode).toBe(404);
    expect((await get(null, "/api/v1/stores/st-nowhere/feedback")).statusCode).toBe(404);
    expect((await get(null, "/api/v1/listings/li-nowhere/rating")).statusCode).toBe(404);
  });
});
