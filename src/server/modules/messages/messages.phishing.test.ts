import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, PUBLIC_URL, type TestApp, type TestUser } from "../../../../test/app.ts";
import { decideCase } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { multipart, samples } from "../../../../test/multipart.ts";

const dialects = await availableDialects();

describe.each(dialects)("reporting a message as phishing (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  let fraud: TestUser;
  let storeId: string;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set(new Date("2026-12-04T09:00:00Z"));
    buyer = await t.signUp("member", "Bea Buyer");
    seller = await t.signUp("member", "Lux Seller");
    fraud = await t.signUp("moderator", "Fay Fraud", ["fraud_security"]);
    storeId = (await t.createStore({ sellerUserId: seller.id, name: "Luxe Time Outlet" })).id;
  });
  afterAll(() => t.close());

  const get = (user: TestUser | null, url: string) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });
  const post = (user: TestUser | null, url: string, payload: object = {}) =>
    t.app.inject({ method: "POST", url, headers: user ? { ...user.headers } : {}, payload });

  /** A thread in which the store asks to be paid off the platform, with a file: the message to report. */
  async function scamThread(who = buyer) {
    const started = await post(who, "/api/v1/threads", { storeId, text: "Is the watch original?" });
    const threadId = started.json().thread.id as string;
    const form = multipart(
      { text: "Yes. Pay by bank transfer to get 20% off, details at https://luxe-pay.top/iban" },
      [
        {
          name: "evidence",
          fileName: "invoice.pdf",
          contentType: "application/pdf",
          content: samples.pdf(),
        },
      ],
      "message",
    );
    const sent = await t.app.inject({
      method: "POST",
      url: `/api/v1/threads/${threadId}/messages`,
      headers: { ...seller.headers, ...form.headers },
      payload: form.payload,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    return {
      threadId,
      messageId: sent.json().id as string,
      buyerMessageId: started.json().message.id as string,
    };
  }

  it("files a phishing report on the message in one step; it shows in My Reports and in Fraud & Security's queue", async () => {
    const { threadId, messageId } = await scamThread();
    const res = await post(buyer, `/api/v1/messages/${messageId}/report-phishing`, {
      note: "They want money outside.",
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ reference: expect.stringMatching(/^R-/), department: "fraud_security" });
    expect(created.targets).toEqual([
      expect.objectContaining({
        kind: "message",
        targetId: messageId,
        title: "Message from Luxe Time Outlet on 2026-12-04",
        url: `${PUBLIC_URL}/messages/${threadId}?message=${messageId}`,
      }),
    ]);
    const mine = (await get(buyer, "/api/v1/me/reports")).json();
    expect(mine.items[0]).toMatchObject({
      id: created.id,
      type: "phishing",
      targetTitle: created.targets[0].title,
    });
    const report = (await get(buyer, `/api/v1/reports/${created.id}`)).json();
    expect(report.details).toMatchObject({ suspiciousLink: "https://luxe-pay.top/iban", channel: "message" });
    expect(report.description).toContain("They want money outside.");

    const queue = (await get(fraud, "/api/v1/console/cases?department=fraud_security")).json();
    expect(queue.items.map((c: { id: string }) => c.id)).toContain(created.caseId);
    const detail = (await get(fraud, `/api/v1/console/cases/${created.caseId}`)).json();
    expect(detail).toMatchObject({ targetKind: "message", targetTitle: created.targets[0].title });
    expect(detail.snapshot).toMatchObject({
      text: expect.stringContaining("Pay by bank transfer"),
      storeName: "Luxe Time Outlet",
      links: [{ url: "https://luxe-pay.top/iban", domain: "luxe-pay.top" }],
      attachments: [{ fileName: "invoice.pdf", mimeType: "application/pdf", sizeBytes: expect.any(Number) }],
      risks: ["pay_off_platform"],
    });
    expect(detail.current).toMatchObject({ text: detail.snapshot.text });
  });

  it("lets staff of the case's department read that thread, and its files, through the case only", async () => {
    const { messageId } = await scamThread();
    const { caseId } = (await post(buyer, `/api/v1/messages/${messageId}/report-phishing`)).json();
    const thread = await get(fraud, `/api/v1/console/cases/${caseId}/thread`);
    expect(thread.statusCode, thread.body).toBe(200);
    const body = thread.json();
    expect(body.reportedMessageId).toBe(messageId);
    expect(body.thread).toMatchObject({ store: { name: "Luxe Time Outlet" }, buyerName: "Bea B." });
    const reported = body.messages.items.find((m: { id: string }) => m.id === messageId);
    expect(reported.attachments[0].url).toBe(
      `/api/v1/console/cases/${caseId}/thread/attachments/${reported.attachments[0].id}`,
    );
    expect((await get(fraud, reported.attachments[0].url)).statusCode).toBe(200);
    const ip = await t.signUp("moderator", "Ian IP", ["ip_protection"]);
    for (const url of [`/api/v1/console/cases/${caseId}/thread`, reported.attachments[0].url]) {
      expect((await get(ip, url)).statusCode, url).toBe(403);
      expect((await get(buyer, url)).statusCode, url).toBe(403);
      expect((await get(null, url)).statusCode, url).toBe(401);
    }
    // A case about a listing has no thread to show.
    const listing = await t.createListing(storeId, "Watch");
    const listingCase = await post(buyer, "/api/v1/reports", {
      type: "suspicious_behavior",
      targetUrls: [listing.url],
      description: "The listing copies photos of another store.",
      agreement: true,
      details: { behavior: "stolen_photos" },
    });
    expect((await get(fraud, `/api/v1/console/cases/${listingCase.json().caseId}/thread`)).statusCode).toBe(
      404,
    );
  });

  it("refuses a second report of the same message while the first is open, and reports of one's own or others' messages", async () => {
    const { messageId, buyerMessageId } = await scamThread();
    expect((await post(buyer, `/api/v1/messages/${messageId}/report-phishing`)).statusCode).toBe(201);
    const again = await post(buyer, `/api/v1/messages/${messageId}/report-phishing`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("duplicate_report");
    expect((await post(seller, `/api/v1/messages/${buyerMessageId}/report-phishing`)).statusCode).toBe(403);
    expect((await post(buyer, `/api/v1/messages/${buyerMessageId}/report-phishing`)).statusCode).toBe(403);
    expect((await post(buyer, "/api/v1/messages/no-such-message/report-phishing")).statusCode).toBe(404);
    const tooLong = await post(buyer, `/api/v1/messages/${messageId}/report-phishing`, {
      note: "x".repeat(2001),
    });
    expect(tooLong.json().error.fields).toEqual({ note: "At most 2000 characters." });
  });

  it("takes the message's link in the Report Center too, for its buyer and for the report types that fit", async () => {
    const { threadId, messageId } = await scamThread();
    const link = `${PUBLIC_URL}/messages/${threadId}?message=${messageId}`;
    const report = (type: string, details: Record<string, unknown>) => ({
      type,
      targetUrls: [link],
      description: "This message asks me to pay outside the marketplace.",
      agreement: true,
      details,
    });
    const stranger = await t.signUp("member", "Cory Curious");
    const foreign = await post(
      stranger,
      "/api/v1/reports",
      report("suspicious_behavior", { behavior: "scam" }),
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.fields["targetUrls.0"]).toContain("among the ones you received");
    const wrongType = await post(
      buyer,
      "/api/v1/reports",
      report("listing_violation", { violation: "off_platform" }),
    );
    expect(wrongType.statusCode).toBe(400);
    const filed = await post(buyer, "/api/v1/reports", report("suspicious_behavior", { behavior: "scam" }));
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().targets[0]).toMatchObject({ kind: "message", targetId: messageId });
  });

  it("decides a message's case with store and seller actions; the statement of reasons names text as its content", async () => {
    const { messageId } = await scamThread();
    const { caseId } = (await post(buyer, `/api/v1/messages/${messageId}/report-phishing`)).json();
    const page = (await get(fraud, `/api/v1/console/cases/${caseId}`)).json();
    const ground = {
      kind: "incompatible_content",
      termsSection: "Payments policy, section 2",
      explanation: "Sellers may not ask buyers to pay outside the marketplace.",
    };
    const facts = "The store asked a buyer in a message to pay by bank transfer outside the marketplace.";
    const refused = await post(fraud, `/api/v1/console/cases/${caseId}/decision`, {
      outcome: "action_taken",
      seenEventCount: page.eventCount,
      actions: [{ type: "remove_listing" }],
      ground,
      facts,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields["actions.0"]).toContain("about a message");
    const decided = await decideCase(t, fraud, caseId, {
      outcome: "action_taken",
      actions: [{ type: "freeze_store", days: 7 }],
      ground,
      facts,
    });
    const puid = decided.decision.statementPuid;
    const statement = (await get(fraud, `/api/v1/statements/${puid}`)).json();
    expect(statement).toMatchObject({ content_type: ["CONTENT_TYPE_TEXT"], content_date: "2026-12-04" });
  });

  it("hides a reported message on a decision: its text, files and preview leave the conversation", async () => {
    const { threadId, messageId } = await scamThread();
    const before = (await get(buyer, `/api/v1/threads/${threadId}/messages`)).json().items;
    const fileUrl = before.find((m: { id: string }) => m.id === messageId).attachments[0].url as string;
    const { caseId } = (await post(buyer, `/api/v1/messages/${messageId}/report-phishing`)).json();
    await decideCase(t, fraud, caseId, {
      outcome: "action_taken",
      actions: [{ type: "hide_content" }, { type: "strike", severity: "general" }],
      ground: {
        kind: "incompatible_content",
        termsSection: "Payments policy, section 2",
        explanation: "Sellers may not ask buyers to pay outside the marketplace.",
      },
      facts: "The store asked a buyer in a message to pay by bank transfer outside the marketplace.",
    });
    for (const reader of [buyer, seller]) {
      const items = (await get(reader, `/api/v1/threads/${threadId}/messages`)).json().items;
      const hidden = items.find((m: { id: string }) => m.id === messageId);
      expect(hidden).toMatchObject({ hiddenAt: expect.any(String), text: "", parts: [], attachments: [] });
      expect(JSON.stringify(hidden)).not.toContain("bank transfer");
      expect((await get(reader, fileUrl)).statusCode).toBe(404);
    }
    const threads = (await get(buyer, "/api/v1/me/threads")).json().items;
    // It was the thread's last message: the list's preview says it was removed.
    const thread = threads.find((th: { id: string }) => th.id === threadId);
    expect(JSON.stringify(thread)).not.toContain("bank transfer");
    expect(JSON.stringify(thread)).toContain("removed after a report");
    // The case page still shows what was reported, as it was.
    const page = (await get(fraud, `/api/v1/console/cases/${caseId}`)).json();
    expect(JSON.stringify(page)).toContain("bank transfer");
  });
});
