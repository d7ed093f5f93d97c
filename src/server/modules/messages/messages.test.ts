import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { createOrder } from "../../../../test/disputes.fixtures.ts";
import { multipart, samples } from "../../../../test/multipart.ts";
import { startSmtpPeer } from "../../../../test/smtp-peer.ts";

const dialects = await availableDialects();
const HOUR = 3_600_000;

describe.each(dialects)("messages between buyers and stores (%s)", (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  let buyer: TestUser;
  let seller: TestUser;
  let stranger: TestUser;
  let storeId: string;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp(dialect, { smtpUrl: smtp.url });
    t.clock.set(new Date("2026-12-04T09:00:00Z"));
    buyer = await t.signUp("member", "Bea Buyer");
    seller = await t.signUp("member", "Sam Seller");
    stranger = await t.signUp("member", "Cory Curious");
    storeId = (await t.createStore({ sellerUserId: seller.id, name: "Sam's Gadgets" })).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const get = (user: TestUser | null, url: string) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });
  const post = (user: TestUser | null, url: string, payload: object = {}) =>
    t.app.inject({ method: "POST", url, headers: user ? { ...user.headers } : {}, payload });
  const write = async (user: TestUser, threadId: string, text: string) => {
    const res = await post(user, `/api/v1/threads/${threadId}/messages`, { text });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const start = async (user: TestUser, body: Record<string, unknown>) => {
    const res = await post(user, "/api/v1/threads", body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { thread: { id: string }; message: { id: string } };
  };
  const unread = async (user: TestUser) => (await get(user, "/api/v1/me/threads/unread")).json();

  it("lets a buyer write to a store with a file; the seller sees it unread, replies, and both see the thread", async () => {
    const form = multipart(
      { storeId, text: "Hello, does the case fit the Pixel 8?" },
      [{ name: "evidence", fileName: "photo.png", contentType: "image/png", content: samples.png() }],
      "message",
    );
    const started = await t.app.inject({
      method: "POST",
      url: "/api/v1/threads",
      headers: { ...buyer.headers, ...form.headers },
      payload: form.payload,
    });
    expect(started.statusCode, started.body).toBe(201);
    const { thread, message } = started.json();
    expect(thread).toMatchObject({
      role: "buyer",
      store: { id: storeId, name: "Sam's Gadgets" },
      orderId: null,
    });
    expect(message.attachments).toEqual([
      expect.objectContaining({
        fileName: "photo.png",
        mimeType: "image/png",
        url: expect.stringContaining(thread.id),
      }),
    ]);
    expect(await unread(seller)).toMatchObject({ seller: 1, buyer: 0, total: 1, hasStores: true });
    const list = (await get(seller, "/api/v1/me/threads?role=seller")).json();
    expect(list.items).toEqual([
      expect.objectContaining({ id: thread.id, buyerName: "Bea B.", unread: 1, lastFromMe: false }),
    ]);
    const file = await get(seller, message.attachments[0].url);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-disposition"]).toMatch(/^attachment;/);
    expect(file.headers["content-security-policy"]).toContain("sandbox");

    expect((await post(seller, `/api/v1/threads/${thread.id}/read`)).json().unread).toBe(0);
    t.clock.advanceHours(2);
    await write(seller, thread.id, "Yes, it fits the Pixel 8 and 8a.");
    expect(await unread(buyer)).toMatchObject({ buyer: 1, seller: 0, hasStores: false });
    const page = (await get(buyer, `/api/v1/threads/${thread.id}/messages`)).json();
    expect(page.items.map((m: { text: string; mine: boolean }) => [m.mine, m.text])).toEqual([
      [false, "Yes, it fits the Pixel 8 and 8a."],
      [true, "Hello, does the case fit the Pixel 8?"],
    ]);
    const rate = (await get(null, `/api/v1/stores/${storeId}/responsiveness`)).json();
    expect(rate).toMatchObject({ medianReplyMinutes: 120, asked: 1, replied: 1, days: 30 });
  });

  it("keeps one general thread per buyer and store, and one per order, the buyer's own order from that store", async () => {
    const first = await start(buyer, { storeId, text: "A general question." });
    const again = await start(buyer, { storeId, text: "Another general question." });
    expect(again.thread.id).toBe(first.thread.id);
    const order = await createOrder(t, buyer, seller, { storeId });
    const about = await start(buyer, { storeId, orderId: order.id, text: "Where is my order?" });
    expect(about.thread.id).not.toBe(first.thread.id);
    const lookup = (
      await get(buyer, `/api/v1/me/threads/lookup?storeId=${storeId}&orderId=${order.id}`)
    ).json();
    expect(lookup).toMatchObject({ orderId: order.id, thread: { id: about.thread.id } });

    const otherStore = await t.createStore({ sellerUserId: seller.id });
    const notHere = await post(buyer, "/api/v1/threads", {
      storeId: otherStore.id,
      orderId: order.id,
      text: "Hi",
    });
    expect(notHere.statusCode).toBe(400);
    expect(notHere.json().error.fields).toEqual({ orderId: "This order is not from this store." });
    expect(
      (await post(stranger, "/api/v1/threads", { storeId, orderId: order.id, text: "Hi" })).statusCode,
    ).toBe(403);
    expect((await post(buyer, "/api/v1/threads", { storeId: "st-nowhere", text: "Hi" })).statusCode).toBe(
      404,
    );
    expect((await post(seller, "/api/v1/threads", { storeId, text: "To myself" })).statusCode).toBe(403);
  });

  it("refuses bad input field by field and stores nothing: no text, too long, a file that is not evidence", async () => {
    const { thread } = await start(buyer, { storeId, text: "Before the bad input." });
    const count = async () => (await get(buyer, `/api/v1/threads/${thread.id}/messages`)).json().items.length;
    const before = await count();
    const empty = await post(buyer, `/api/v1/threads/${thread.id}/messages`, { text: "   " });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ text: "Write a message." });
    const long = await post(buyer, `/api/v1/threads/${thread.id}/messages`, { text: "x".repeat(4001) });
    expect(long.json().error.fields.text).toContain("at most 4000");
    const noStore = await post(buyer, "/api/v1/threads", { text: "Hi" });
    expect(Object.keys(noStore.json().error.fields)).toEqual(["storeId"]);
    const form = multipart(
      { text: "With a program" },
      [
        {
          name: "evidence",
          fileName: "invoice.pdf",
          contentType: "application/pdf",
          content: samples.exe(),
        },
      ],
      "message",
    );
    const exe = await t.app.inject({
      method: "POST",
      url: `/api/v1/threads/${thread.id}/messages`,
      headers: { ...buyer.headers, ...form.headers },
      payload: form.payload,
    });
    expect(exe.statusCode).toBe(415);
    expect(Object.keys(exe.json().error.fields)).toEqual(["evidence"]);
    expect(await count()).toBe(before);
  });

  it("answers 401 to guests, 403 on someone else's thread, 404 on one that does not exist", async () => {
    const { thread, message } = await start(buyer, { storeId, text: "Private question." });
    for (const url of [`/api/v1/threads/${thread.id}`, `/api/v1/threads/${thread.id}/messages`]) {
      expect((await get(null, url)).statusCode).toBe(401);
      expect((await get(stranger, url)).statusCode).toBe(403);
    }
    expect((await post(stranger, `/api/v1/threads/${thread.id}/messages`, { text: "Hi" })).statusCode).toBe(
      403,
    );
    expect((await post(stranger, `/api/v1/messages/${message.id}/report-phishing`)).statusCode).toBe(403);
    expect((await get(buyer, "/api/v1/threads/th-nowhere")).statusCode).toBe(404);
    expect((await get(stranger, "/api/v1/me/threads")).json().items).toEqual([]);
  });

  it("marks links with their domain, disables blocked ones, and warns the buyer alone of risky requests", async () => {
    const security = await t.signUp("moderator", "Fay Fraud", ["fraud_security"]);
    const blocked = await post(security, "/api/v1/console/blocked-domains", {
      domain: "https://www.Evil-Pay.top/login",
      reason: "Fake payment pages stealing card details",
    });
    expect(blocked.statusCode, blocked.body).toBe(201);
    expect(blocked.json().domain).toBe("evil-pay.top");
    const { thread } = await start(buyer, { storeId, text: "Can I pay by card?" });
    await write(
      seller,
      thread.id,
      "Pay by bank transfer at secure.evil-pay.top/iban or see https://docs.example/faq",
    );
    const [asBuyer] = (await get(buyer, `/api/v1/threads/${thread.id}/messages`)).json().items;
    expect(asBuyer.warnings).toEqual(["pay_off_platform"]);
    expect(asBuyer.mayReport).toBe(true);
    expect(asBuyer.parts.filter((p: { type: string }) => p.type === "link")).toEqual([
      expect.objectContaining({ domain: "secure.evil-pay.top", external: true, blocked: true }),
      expect.objectContaining({ domain: "docs.example", external: true, blocked: false }),
    ]);
    const [asSeller] = (await get(seller, `/api/v1/threads/${thread.id}/messages`)).json().items;
    expect(asSeller).toMatchObject({ warnings: [], mayReport: false, mine: true });
  });

  it("pages a thread's messages and the lists with keyset cursors", async () => {
    const pager = await t.signUp("member", "Paul Pager");
    await start(pager, { storeId: (await t.createStore({ sellerUserId: seller.id })).id, text: "Elsewhere" });
    const { thread } = await start(pager, { storeId, text: "Message 0" });
    for (let i = 1; i < 5; i++) await write(i % 2 ? seller : pager, thread.id, `Message ${i}`);
    const first = (await get(pager, `/api/v1/threads/${thread.id}/messages?limit=3`)).json();
    const second = (
      await get(pager, `/api/v1/threads/${thread.id}/messages?limit=3&cursor=${first.nextCursor}`)
    ).json();
    expect([...first.items, ...second.items].map((m: { text: string }) => m.text)).toEqual([
      "Message 4",
      "Message 3",
      "Message 2",
      "Message 1",
      "Message 0",
    ]);
    expect(second.nextCursor).toBeNull();
    const bad = await get(pager, `/api/v1/threads/${thread.id}/messages?cursor=not-ours`);
    expect(bad.statusCode).toBe(400);
    const lists = (await get(pager, "/api/v1/me/threads?limit=1")).json();
    expect(lists.items[0].id).toBe(thread.id);
    const rest = (await get(pager, `/api/v1/me/threads?limit=1&cursor=${lists.nextCursor}`)).json();
    expect(rest.items.map((i: { lastPreview: string }) => i.lastPreview)).toEqual(["Elsewhere"]);
    expect(rest.nextCursor).toBeNull();
  });

  it("emails a recipient once per waiting period, an hour after the first unread message", async () => {
    const mailer = await t.signUp("member", "Mila Mailer");
    const sent = () =>
      smtp.received.filter((m) => m.to.includes(mailer.email) && /sent you a message/.test(m.raw));
    const order = await createOrder(t, mailer, seller, { storeId });
    const { thread } = await start(mailer, { storeId, orderId: order.id, text: "Is it shipped?" });
    await write(seller, thread.id, "Yes, this morning.");
    t.clock.advanceHours(0.5);
    await write(seller, thread.id, "Here is the tracking number: JD0146300500042.");
    await t.worker.drain();
    expect(sent()).toHaveLength(0);
    t.clock.advanceHours(0.6);
    await t.worker.drain();
    await t.worker.drain();
    expect(sent()).toHaveLength(1);
    expect(sent()[0]!.raw).toContain(`/messages/${thread.id}`);
    t.clock.advanceHours(2);
    await t.worker.drain();
    expect(sent()).toHaveLength(1);
    // Read, then a new message waits unread for an hour: a new waiting period, one more email.
    await post(mailer, `/api/v1/threads/${thread.id}/read`);
    await write(seller, thread.id, "It arrives tomorrow.");
    t.clock.advanceHours(0.5);
    await post(mailer, `/api/v1/threads/${thread.id}/read`);
    t.clock.advanceHours(1);
    await t.worker.drain();
    await t.worker.drain();
    expect(sent()).toHaveLength(1);
    await write(seller, thread.id, "Did it arrive?");
    t.clock.set(new Date(t.clock.now().getTime() + HOUR + 1000));
    await t.worker.drain();
    await t.worker.drain();
    expect(sent()).toHaveLength(2);
  });
});
