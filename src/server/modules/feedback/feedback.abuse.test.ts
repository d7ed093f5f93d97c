import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestUser } from "../../../../test/app.ts";
import { decideCase } from "../../../../test/console.fixtures.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { createOrder } from "../../../../test/disputes.fixtures.ts";

const dialects = await availableDialects();
const DAY = 86_400_000;

const ground = {
  kind: "incompatible_content",
  termsSection: "Feedback rules, section 3",
  explanation: "Ratings may not insult anyone; this one insults the seller's staff.",
};
const facts = "The rating insults the seller's staff and says nothing of the item or the order.";

describe.each(dialects)("feedback abuse reports (%s)", (dialect) => {
  let t: TestApp;
  let buyer: TestUser;
  let seller: TestUser;
  let stranger: TestUser;
  let integrity: TestUser;
  let colleague: TestUser;
  const start = new Date("2026-12-01T10:00:00Z");
  beforeAll(async () => {
    t = await buildTestApp(dialect);
    t.clock.set(start);
    buyer = await t.signUp("member", "Dana Buyer");
    seller = await t.signUp("member", "Sol Seller");
    stranger = await t.signUp("member", "Sam Stranger");
    integrity = await t.signUp("moderator", "Ina Integrity", ["marketplace_integrity"]);
    colleague = await t.signUp("moderator", "Carl Colleague", ["marketplace_integrity"]);
  });
  afterAll(() => t.close());

  const post = (user: TestUser | null, url: string, payload: object = {}) =>
    t.app.inject({ method: "POST", url, headers: user ? { ...user.headers } : {}, payload });
  const get = (user: TestUser | null, url: string) =>
    t.app.inject({ method: "GET", url, headers: user ? { ...user.headers } : {} });
  const report = (user: TestUser | null, feedbackId: string, body: object = { reason: "insulting" }) =>
    post(user, `/api/v1/feedback/${feedbackId}/abuse-reports`, body);
  const countReports = async () =>
    Number(
      (
        await t.db
          .selectFrom("reports")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** A delivered order rated 1 star, shown at once (the seller gave its feedback on the buyer first). */
  async function shownRating(stars = 1) {
    t.clock.set(start);
    const order = await createOrder(t, buyer, seller);
    await post(seller, `/api/v1/orders/${order.id}/buyer-feedback`, { experience: "positive" });
    const rated = await post(buyer, `/api/v1/me/orders/${order.id}/feedback`, {
      items: [{ orderItemId: order.itemIds[0], stars, text: "Rude people, all of them idiots." }],
      store: { asDescribed: 1, communication: 1, shippingSpeed: 1 },
    });
    expect(rated.statusCode, rated.body).toBe(201);
    return { order, feedbackId: rated.json().items[0].id as string };
  }
  const storeFigures = async (storeId: string) =>
    (await get(null, `/api/v1/stores/${storeId}/rating`)).json();
  const storeList = async (storeId: string) =>
    (await get(null, `/api/v1/stores/${storeId}/feedback`)).json().items.map((f: { id: string }) => f.id);

  it("files a report on the rating into Marketplace Integrity's queue, once per person, with the rating kept", async () => {
    const { order, feedbackId } = await shownRating();
    const listed = (await get(null, `/api/v1/stores/${order.storeId}/feedback`)).json().items[0];
    expect(listed.reportableUntil).toBe(new Date(start.getTime() + 30 * DAY).toISOString());

    const filed = await report(seller, feedbackId, { reason: "insulting", note: "It insults my staff." });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ department: "marketplace_integrity" });
    expect(filed.json().targets[0]).toMatchObject({ kind: "feedback", targetId: feedbackId });
    const caseRow = await t.db
      .selectFrom("cases")
      .selectAll()
      .where("id", "=", filed.json().caseId)
      .executeTakeFirstOrThrow();
    expect(caseRow).toMatchObject({ target_kind: "feedback", author_user_id: buyer.id });
    expect(JSON.parse(caseRow.snapshot_json)).toMatchObject({
      feedbackId,
      stars: 1,
      text: "Rude people, all of them idiots.",
    });
    expect(caseRow.snapshot_json).not.toContain(buyer.email);

    const again = await report(seller, feedbackId, { reason: "unrelated" });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: "already_reported",
      existing: { id: filed.json().id, reference: filed.json().reference },
    });
    // Someone else may report the same rating: it joins the same case.
    const second = await report(stranger, feedbackId, { reason: "insulting" });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().caseId).toBe(filed.json().caseId);

    // The buyer does not receive it before the decision shows it anything; the seller never does.
    const sellerBox = (await get(seller, "/api/v1/me/received")).json();
    expect(sellerBox.items.map((c: { caseId: string }) => c.caseId)).not.toContain(filed.json().caseId);
  });

  it("refuses the author, guests, ratings not shown or past 30 days, and bad input, storing nothing", async () => {
    const { feedbackId } = await shownRating();
    const before = await countReports();
    expect((await report(null, feedbackId)).statusCode).toBe(401);
    expect((await report(buyer, feedbackId)).statusCode).toBe(403);
    const bad = await report(seller, feedbackId, { reason: "boring", note: "x".repeat(2001) });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(["note", "reason"]);
    expect((await report(seller, "no-such-rating")).statusCode).toBe(404);
    // Not shown yet: the seller has not given its feedback and the 30 days are open.
    const blind = await createOrder(t, buyer, seller);
    const blindId = (
      await post(buyer, `/api/v1/me/orders/${blind.id}/feedback`, {
        items: [{ orderItemId: blind.itemIds[0], stars: 2 }],
        store: { asDescribed: 2, communication: 2, shippingSpeed: 2 },
      })
    ).json().items[0].id;
    expect((await report(stranger, blindId)).statusCode).toBe(404);
    t.clock.set(new Date(start.getTime() + 31 * DAY));
    const late = await report(stranger, feedbackId);
    expect(late.statusCode).toBe(422);
    expect(late.json().error.message).toContain("within 30 days");
    // The generic report form takes this type only with a rating's link.
    const listing = await t.createListing();
    const viaForm = await post(stranger, "/api/v1/reports", {
      type: "feedback_abuse",
      targetUrls: [listing.url],
      description: "This listing is an abusive rating, I think.",
      agreement: true,
      details: { reason: "insulting" },
    });
    expect(viaForm.statusCode).toBe(400);
    expect(viaForm.json().error.fields["targetUrls.0"]).toContain("about a feedback");
    expect(await countReports()).toBe(before);
    t.clock.set(start);
  });

  it("hides the rating on a decision, takes it out of the figures, tells its buyer, who may appeal and have it back", async () => {
    const { order, feedbackId } = await shownRating();
    const figures = await storeFigures(order.storeId);
    const filed = (await report(seller, feedbackId)).json();
    const caseId = filed.caseId as string;

    const page = (await get(integrity, `/api/v1/console/cases/${caseId}`)).json();
    const strike = await post(integrity, `/api/v1/console/cases/${caseId}/decision`, {
      outcome: "action_taken",
      seenEventCount: page.eventCount,
      actions: [{ type: "strike", severity: "general" }],
      ground,
      facts,
    });
    expect(strike.statusCode).toBe(400);
    expect(strike.json().error.fields["actions.0"]).toContain("the only action is to hide it");

    const decided = await decideCase(t, integrity, caseId, {
      outcome: "action_taken",
      actions: [{ type: "hide_content" }],
      ground,
      facts,
    });
    const puid = decided.decision.statementPuid as string;
    expect(puid).toBeTruthy();
    expect(await storeList(order.storeId)).not.toContain(feedbackId);
    const hidden = await storeFigures(order.storeId);
    expect(hidden.histogram[1]).toBe(figures.histogram[1] - 1);
    const own = (await get(buyer, `/api/v1/me/orders/${order.id}/feedback`)).json();
    expect(own.items[0].hiddenAt).toEqual(expect.any(String));

    const statement = await get(buyer, `/api/v1/statements/${puid}`);
    expect(statement.statusCode).toBe(200);
    expect(statement.json()).toMatchObject({
      account_type: "ACCOUNT_TYPE_PRIVATE",
      content_type: ["CONTENT_TYPE_TEXT"],
      decision_visibility: ["DECISION_VISIBILITY_CONTENT_DISABLED"],
      category: "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    });
    expect((await get(seller, `/api/v1/statements/${puid}`)).statusCode).toBe(404);
    const mail = await t.db
      .selectFrom("outbox")
      .select("payload_json")
      .where("dedupe_key", "=", `mail:decision-author:${caseId}`)
      .executeTakeFirstOrThrow();
    expect(mail.payload_json).toContain(buyer.email);
    expect(mail.payload_json).toContain("hidden your rating");
    const reporterView = (await get(seller, `/api/v1/reports/${filed.id}`)).json();
    expect(JSON.stringify(reporterView)).toContain("the rating was hidden");

    const received = await get(buyer, `/api/v1/me/received/${caseId}`);
    expect(received.statusCode, received.body).toBe(200);
    // The web words the rating itself, in the reader's language, from the item and the rating's date.
    const rating = { itemTitle: "Wireless earbuds", ratedAt: start.toISOString() };
    expect(received.json()).toMatchObject({ targetKind: "feedback", rating });
    const buyerBox = (await get(buyer, "/api/v1/me/received")).json();
    expect(buyerBox.items.find((c: { caseId: string }) => c.caseId === caseId)).toMatchObject({ rating });
    expect(JSON.stringify(received.json())).not.toContain(seller.email);
    expect((await get(seller, `/api/v1/me/received/${caseId}`)).statusCode).toBe(404);
    expect(
      (
        await post(seller, `/api/v1/me/received/${caseId}/appeal`, {
          statement: "I would like to appeal this decision about my store.",
        })
      ).statusCode,
    ).toBe(404);
    const appeal = await post(buyer, `/api/v1/me/received/${caseId}/appeal`, {
      statement: "My rating describes how the staff spoke to me; it is my experience of the order.",
    });
    expect(appeal.statusCode, appeal.body).toBe(201);
    // The console names what was hidden: a rating, not "content".
    const appealPage = await get(colleague, `/api/v1/console/appeals/${appeal.json().id}`);
    expect(appealPage.json()).toMatchObject({ targetKind: "feedback", caseId });
    const reversed = await post(colleague, `/api/v1/console/appeals/${appeal.json().id}/decision`, {
      outcome: "reversed",
      reason: "On a second look the rating describes the buyer's experience of the order.",
    });
    expect(reversed.statusCode, reversed.body).toBe(200);
    expect(await storeList(order.storeId)).toContain(feedbackId);
    expect(await storeFigures(order.storeId)).toEqual(figures);
    // Decided, the report is not open any more: still, a person reports a rating once.
    expect((await report(seller, feedbackId)).json().error.code).toBe("already_reported");
  });
});
