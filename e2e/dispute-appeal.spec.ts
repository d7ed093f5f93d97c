import fs from "node:fs";
import path from "node:path";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { samples } from "../test/multipart.ts";
import { dataDirFile, moveDisputeBack } from "./disputes-clock.ts";
import { pdfFile, screenshot, signIn } from "./helpers.ts";

// What the other dispute specs leave out: a mediator asking one side for more evidence by a deadline
// (answered with a video), the delivery rules' suggestion for a parcel whose tracking went silent, and an
// appeal of a ruling. The orders are two no other spec uses: or-3002 (in transit, from a store without a
// seller account) and or-3009 (the seller's, delivered long ago). As seeded, neither can be disputed, so
// the spec moves each order's dates in the served app's database, as e2e/disputes-clock.ts moves a
// dispute's: or-3002 back, to a parcel that is late with no tracking update for 11 days; or-3009 forward,
// to a delivery 4 days ago, inside buyer protection.
//
// The one who ruled may not decide the appeal of the ruling: Ada Admin rules first, and the demo's other
// Disputes mediator, Mia Mediator, decides the appeal. Both disputes end resolved, out of the Disputes
// queue, which e2e/dispute-console.spec.ts expects empty (the served app starts each run on a fresh
// database, so nothing of this spec outlives the run).

const BUYER = "buyer@demo.redress.test";
const SELLER = "seller@demo.redress.test";
const MEDIATOR = "admin@demo.redress.test";
/** The demo's second Disputes mediator (a moderator of that department only), who decides the appeal. */
const APPEAL_MEDIATOR = "mediator@demo.redress.test";
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(page, email);
  return page;
}

/** A state-changing API call from the page's session, with the Origin a browser would send. */
function post(page: Page, url: string, data?: unknown) {
  return page.request.post(url, { data, headers: { origin: new URL(page.url()).origin } });
}

/** A screenshot (with the axe and sideways-scroll checks) at desktop width, then at phone width. */
async function bothWidths(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `dispute-appeal-${name}`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `dispute-appeal-${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/** A small MP4 video, real by its content (the `ftyp` box the server and the browser look for). */
function mp4File(name: string, bytes = 200_000) {
  return { name, mimeType: "video/mp4", buffer: samples.mp4(bytes) };
}

/** Attaches files as a person does: "Choose files" opens the file picker, where they are chosen. */
async function chooseFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Choose files" }).click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole("list", { name: "Attached files" }).getByRole("listitem")).toHaveCount(
    files.length,
  );
}

/** What these elements say, as one line of text. */
const said = async (elements: Locator) =>
  (await elements.allTextContents()).join(" ").replace(/\s+/g, " ").trim();
/** The next-step card: the region marked "Next step" (other cards only point to it, "the next step above"). */
const nextStep = (page: Page) =>
  page.getByRole("region").filter({ has: page.getByText("Next step", { exact: true }) });
const timeline = (page: Page) => page.getByRole("list", { name: "Timeline" });
const timelineEntry = (page: Page, label: string) =>
  timeline(page).getByRole("listitem").filter({ hasText: label });

/** A row of the Disputes queue, by the dispute's reference. */
const queueRow = (page: Page, reference: string) =>
  page.getByRole("list", { name: "Disputes" }).getByRole("listitem").filter({ hasText: reference });

function database() {
  const port = process.env.E2E_PORT ?? "3100";
  const db = new Database(path.join(fs.readFileSync(dataDirFile(port), "utf8"), "redress.sqlite"));
  db.pragma("busy_timeout = 5000");
  return db;
}

const ORDER_TIMES = ["ordered_at", "shipped_at", "delivered_at", "promised_by", "last_tracking_at"] as const;

/**
 * Moves all of an order's dates by the same number of days, so that `anchor` lies `daysAgo` days back:
 * as if the order had been placed that much earlier (or later). Set from the anchor, it holds on a rerun.
 */
function placeOrder(orderId: string, anchor: (typeof ORDER_TIMES)[number], daysAgo: number) {
  const db = database();
  try {
    const row = db.prepare(`select ${ORDER_TIMES.join(", ")} from orders where id = ?`).get(orderId) as
      | Record<(typeof ORDER_TIMES)[number], string | null>
      | undefined;
    if (!row?.[anchor]) throw new Error(`order ${orderId} has no ${anchor}`);
    const shift = Date.now() - daysAgo * DAY - Date.parse(row[anchor]);
    const moved = Object.fromEntries(
      ORDER_TIMES.map((c) => [
        c,
        row[c] === null ? null : new Date(Date.parse(row[c]) + shift).toISOString(),
      ]),
    );
    db.prepare(`update orders set ${ORDER_TIMES.map((c) => `${c} = @${c}`).join(", ")} where id = @id`).run({
      ...moved,
      id: orderId,
    });
  } finally {
    db.close();
  }
}

/** The buyer opens a dispute on the order's first item, as the API takes it (the UI is the other specs'). */
async function openDispute(buyer: Page, dispute: { orderId: string; reason: string; description: string }) {
  const response = await post(buyer, "/api/v1/disputes", {
    orderId: dispute.orderId,
    items: [{ orderItemId: `${dispute.orderId}-1`, quantity: 1 }],
    reason: dispute.reason,
    proposal: { kind: "refund" },
    description: dispute.description,
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; reference: string };
}

/** Four days of negotiation later, the buyer hands the dispute to the platform. */
async function escalateFourDaysLater(buyer: Page, disputeId: string) {
  moveDisputeBack(disputeId, 4);
  const escalated = await post(buyer, `/api/v1/disputes/${disputeId}/escalate`);
  expect(escalated.status(), await escalated.text()).toBe(200);
}

test("tracking silent for 11 days: the mediator sees the rules' suggestion, asks the buyer for evidence by a deadline, the buyer answers with a video", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // or-3002 was promised a day ago; the carrier's last update is 11 days old.
  placeOrder("or-3002", "last_tracking_at", 11);
  const buyer = await signedInPage(browser, BUYER);
  const { id, reference } = await openDispute(buyer, {
    orderId: "or-3002",
    reason: "not_received",
    description: "The watch never arrived. The tracking has shown 'in transit' for almost two weeks.",
  });
  // The store has no seller account to answer: the buyer escalates once it may.
  await escalateFourDaysLater(buyer, id);
  const mediator = await signedInPage(browser, MEDIATOR);

  // The queue: the dispute waits for a ruling.
  await mediator.goto("/console/disputes?status=escalated");
  await expect(mediator.getByRole("tab", { name: "To rule", selected: true })).toBeVisible();
  const row = queueRow(mediator, reference);
  await expect(row.getByText("Buyer’s reason: “I did not receive it”")).toBeVisible();
  await row.getByRole("link", { name: reference }).click();
  await expect(mediator.getByRole("heading", { level: 1, name: `Dispute ${reference}` })).toBeVisible();

  // The delivery rules suggest a full refund, and say why; the card says it is no ruling.
  const suggestion = mediator.getByRole("region", { name: "The rules suggest: Full refund" });
  await expect(
    suggestion.getByText(
      /^The tracking has had no update for 11 days \(last on .+\)\. After 10 days without one, the rules give a full refund\.$/,
    ),
  ).toBeVisible();
  await expect(
    suggestion.getByText("This is not a ruling. You decide, on the evidence of both sides."),
  ).toBeVisible();
  const shipping = mediator.getByRole("region", { name: "Order and shipping" });
  await expect(shipping.getByText("DHL JD014630020042")).toBeVisible();
  await bothWidths(mediator, "01-mediator-suggestion");

  // Asked for nothing, the request says what it needs, and the focus goes to the first field at fault.
  const request = mediator.getByRole("region", { name: "Ask for more evidence" });
  await request.getByRole("button", { name: "Ask for evidence" }).click();
  await expect(request.getByText("Choose whom to ask.")).toBeVisible();
  await expect(request.getByText("Say what evidence is needed, in at least 10 characters.")).toBeVisible();
  await expect(request.getByRole("radio", { name: "Bea Buyer (buyer)" })).toBeFocused();
  await bothWidths(mediator, "02-mediator-request-errors");

  await request.getByRole("radio", { name: "Bea Buyer (buyer)" }).check();
  await request
    .getByLabel("What you need")
    .fill(
      "Please send the recording of your doorbell camera on the day the carrier's site says it came, and the carrier's answer to your claim.",
    );
  await request.getByLabel("Days to answer").fill("2");
  await request.getByRole("button", { name: "Ask for evidence" }).click();
  await expect(mediator.getByText("Bea Buyer (buyer) is asked, with 2 days to answer.")).toBeVisible();
  await expect(
    nextStep(mediator).getByRole("heading", { name: "Waiting for Bea Buyer (buyer)" }),
  ).toBeVisible();
  await expect(
    nextStep(mediator).getByText("The platform asked the buyer for more evidence.", { exact: true }),
  ).toBeVisible();
  await expect(request.getByText(/An evidence request is open/)).toBeVisible();
  await bothWidths(mediator, "03-mediator-evidence-requested");

  await mediator.goto("/console/disputes?status=awaiting_evidence");
  await expect(queueRow(mediator, reference).getByText("The platform asked for evidence")).toBeVisible();
  await bothWidths(mediator, "04-queue-waiting-for-evidence");

  // The buyer's page: it is their turn, by a deadline two days away, with what the mediator asks.
  await buyer.goto(`/disputes/${id}`);
  await expect(nextStep(buyer).getByRole("heading", { name: "It is your turn" })).toBeVisible();
  // The moment is said once, in the reader's own time; what happens if nobody acts, once, in a sentence.
  await expect(
    nextStep(buyer).getByText("The platform asked the buyer for more evidence.", { exact: true }),
  ).toBeVisible();
  await expect(
    nextStep(buyer).getByText("If none arrives by then, the platform decides on what it has.", {
      exact: true,
    }),
  ).toBeVisible();
  expect(await said(nextStep(buyer))).not.toMatch(/UTC|If nobody acts/);
  const due = Date.parse((await nextStep(buyer).locator("time").getAttribute("datetime")) ?? "");
  expect(Math.abs(due - (Date.now() + 2 * DAY))).toBeLessThan(10 * 60_000);
  // Just under two days by the time the page shows it: "in 48 hours", or "in 2 days".
  await expect(nextStep(buyer).getByText(/^\(in (2 days|4[78] hours), your time\)$/)).toBeVisible();
  await expect(
    timelineEntry(buyer, "The platform asked for evidence").getByText(/doorbell camera/),
  ).toBeVisible();
  // The answer form quotes what the mediator asked for, where the buyer answers it.
  const answer = buyer.getByRole("region", { name: "Answer the platform's request" });
  await expect(answer.getByRole("blockquote")).toHaveText(
    /^Please send the recording of your doorbell camera/,
  );
  await expect(answer.getByText(/by the deadline in the next step above/)).toBeVisible();
  await bothWidths(buyer, "05-buyer-asked-for-evidence");

  // The buyer answers with the doorbell camera's video and the carrier's letter.
  await answer
    .getByLabel("Your answer")
    .fill("The doorbell camera on that day: nobody came to the door. The carrier's answer is attached too.");
  await chooseFiles(buyer, [mp4File("doorbell-camera.mp4"), pdfFile("carrier-answer.pdf")]);
  await bothWidths(buyer, "06-buyer-answer-with-video");
  await answer.getByRole("button", { name: "Send the evidence to the platform" }).click();
  await expect(nextStep(buyer).getByRole("heading", { name: "Waiting for the platform" })).toBeFocused();
  const sent = timelineEntry(buyer, "Evidence sent to the platform");
  const files = sent.getByRole("list", { name: "Evidence files" });
  await expect(files.getByRole("link", { name: "doorbell-camera.mp4" })).toBeVisible();
  await expect(files.getByText(/MP4 video, 195 KB/)).toBeVisible();
  await expect(files.getByRole("link", { name: "carrier-answer.pdf" })).toBeVisible();
  await expect(buyer.getByRole("region", { name: "Answer the platform's request" })).toHaveCount(0);
  await bothWidths(buyer, "07-buyer-evidence-sent");

  // The dispute is back in the mediator's queue, to rule; the video is there, as a download.
  await mediator.goto("/console/disputes?status=escalated");
  const back = queueRow(mediator, reference);
  await expect(back.getByText("With the platform")).toBeVisible();
  await bothWidths(mediator, "08-queue-back-to-rule");
  await back.getByRole("link", { name: reference }).click();
  const video = mediator.locator("#timeline").getByRole("link", { name: "doorbell-camera.mp4" });
  await expect(video).toBeVisible();
  const download = await mediator.request.get((await video.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toMatch(/^video\/mp4/);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment/);

  // The mediator follows the suggestion: a full refund.
  await mediator.getByRole("checkbox", { name: "Evidence sent to the platform" }).check();
  await mediator.getByRole("radio", { name: "Full refund of €49.00" }).check();
  await mediator
    .getByLabel("Reasons (both sides read them)")
    .fill("The tracking stopped 11 days ago and the doorbell video shows no delivery: a full refund.");
  await mediator.getByRole("button", { name: "Send the ruling to both sides" }).click();
  await expect(mediator.getByText("Outcome: Full refund")).toBeVisible();

  await buyer.reload();
  await expect(nextStep(buyer).getByText(/^Resolved: the refund of €49\.00\./)).toBeVisible();
  await expect(timelineEntry(buyer, "The platform ruled").getByText(/doorbell video/)).toBeVisible();
  await bothWidths(buyer, "09-buyer-refunded");
  await buyer.context().close();
  await mediator.context().close();
});

test("after a ruling the buyer appeals within 7 days with a reason and a video; the mediator who ruled may not decide it, a second one does, finally", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // or-3009 (the seller's hiking boots) was delivered 4 days ago.
  placeOrder("or-3009", "delivered_at", 4);
  const buyer = await signedInPage(browser, BUYER);
  const seller = await signedInPage(browser, SELLER);
  const { id, reference } = await openDispute(buyer, {
    orderId: "or-3009",
    reason: "not_as_described",
    description: "The boots are sold as waterproof, but my socks are wet after ten minutes in wet grass.",
  });
  const countered = await post(seller, `/api/v1/disputes/${id}/proposals`, {
    kind: "partial_refund",
    amountMinor: 1500,
    note: "They are water-resistant, not diving boots. 15 dollars back?",
  });
  expect(countered.status(), await countered.text()).toBe(200);
  await escalateFourDaysLater(buyer, id);

  // Ada Admin rules: rejected, for want of evidence.
  const mediator = await signedInPage(browser, MEDIATOR);
  await mediator.goto(`/console/disputes/${id}`);
  await expect(mediator.getByRole("heading", { level: 1, name: `Dispute ${reference}` })).toBeVisible();
  await mediator.getByRole("checkbox", { name: "Dispute opened" }).check();
  await mediator.getByRole("checkbox", { name: "New proposal" }).check();
  await mediator.getByRole("radio", { name: "Reject the dispute" }).check();
  await mediator
    .getByLabel("Reasons (both sides read them)")
    .fill("Nothing shows the boots let water in; the seller's offer stands as a goodwill gesture only.");
  await mediator.getByRole("button", { name: "Send the ruling to both sides" }).click();
  await expect(mediator.getByText("Outcome: Rejected")).toBeVisible();
  await expect(mediator.getByText(/ruled by Ada Admin/)).toBeVisible();

  // The buyer reads the ruling, and that either side may appeal it once, within 7 days; if nobody
  // does, it stands. The card has nothing the buyer must do, and says the appeal time once.
  await buyer.goto(`/disputes/${id}`);
  await expect(nextStep(buyer).getByRole("heading", { name: "Ruled: open to appeal" })).toBeVisible();
  await expect(
    nextStep(buyer).getByText(/^Either side may appeal until .+ \(in 7 days, your time\)$/),
  ).toBeVisible();
  await expect(
    nextStep(buyer).getByText(
      "Resolved: no refund. The ruling may be appealed once; a different mediator then decides.",
      { exact: true },
    ),
  ).toBeVisible();
  await expect(
    nextStep(buyer).getByText("If nobody appeals by then, the ruling stands.", { exact: true }),
  ).toBeVisible();
  expect(await said(nextStep(buyer))).not.toContain("UTC");
  const appeal = buyer.getByRole("region", { name: "Appeal the ruling" });
  await expect(appeal.getByText(/A different mediator reviews the dispute and decides again/)).toBeVisible();
  const until = Date.parse((await appeal.locator("time").getAttribute("datetime")) ?? "");
  expect(Math.abs(until - (Date.now() + 7 * DAY))).toBeLessThan(10 * 60_000);
  await expect(timelineEntry(buyer, "The platform ruled").getByText(/Nothing shows the boots/)).toBeVisible();
  await bothWidths(buyer, "10-buyer-ruled-may-appeal");

  // New evidence first: a video of the boots in a basin of water.
  await buyer.getByRole("button", { name: "Add evidence" }).click();
  await buyer
    .getByLabel("What the files show")
    .fill("The left boot in 3 cm of water: it is wet inside in 2 minutes.");
  await chooseFiles(buyer, [mp4File("basin-test.mp4", 300_000)]);
  await buyer.getByRole("button", { name: "Add the evidence" }).click();
  await expect(
    timelineEntry(buyer, "Evidence added")
      .getByRole("list", { name: "Evidence files" })
      .getByRole("link", { name: "basin-test.mp4" }),
  ).toBeVisible();

  // Then the appeal: too short a reason is refused at the field, a real one is sent.
  const reason = appeal.getByLabel("Why is the ruling wrong?");
  await reason.fill("It is wrong.");
  await appeal.getByRole("button", { name: "Send the appeal" }).click();
  await expect(appeal.getByText("Explain why the ruling is wrong, in at least 20 characters.")).toBeVisible();
  await expect(reason).toBeFocused();
  await bothWidths(buyer, "11-buyer-appeal-too-short");
  await reason.fill(
    "The ruling says nothing shows the boots let water in. The video I added shows it: wet inside in 2 minutes.",
  );
  await appeal.getByRole("button", { name: "Send the appeal" }).click();
  await expect(nextStep(buyer).getByRole("heading", { name: "Waiting for the platform" })).toBeFocused();
  await expect(buyer.getByText("Appeal with the platform").first()).toBeVisible();
  await expect(timelineEntry(buyer, "Ruling appealed").getByText(/The video I added shows it/)).toBeVisible();
  await expect(buyer.getByRole("region", { name: "Appeal the ruling" })).toHaveCount(0);
  await bothWidths(buyer, "12-buyer-appealed");

  // The seller sees the appeal, its reason and the new video.
  await seller.goto(`/disputes/${id}`);
  await expect(seller.getByText("Appeal with the platform").first()).toBeVisible();
  await expect(nextStep(seller).getByRole("heading", { name: "Waiting for the platform" })).toBeVisible();
  await expect(
    timelineEntry(seller, "Ruling appealed").getByText(/The video I added shows it/),
  ).toBeVisible();
  await expect(timeline(seller).getByRole("link", { name: "basin-test.mp4" })).toBeVisible();
  await expect(seller.getByRole("region", { name: "Appeal the ruling" })).toHaveCount(0);
  await bothWidths(seller, "13-seller-sees-appeal");

  // The appeal is in the Disputes queue; the mediator who ruled may not decide it, and is told so.
  await mediator.goto("/console/disputes?status=appealed");
  const row = queueRow(mediator, reference);
  await expect(row.getByText("Appeal with the platform")).toBeVisible();
  await bothWidths(mediator, "14-queue-appealed");
  await row.getByRole("link", { name: reference }).click();
  await expect(mediator.getByRole("heading", { level: 1, name: `Dispute ${reference}` })).toBeVisible();
  await expect(mediator.getByText("Ruling under appeal: Rejected", { exact: false })).toBeVisible();
  await expect(mediator.getByText(/^Outcome:/)).toHaveCount(0);
  await expect(
    nextStep(mediator).getByRole("heading", {
      name: "The platform’s turn: a different mediator decides the appeal",
    }),
  ).toBeVisible();
  await expect(
    nextStep(mediator).getByText(/^A mediator other than the one who ruled reviews the appeal/),
  ).toBeVisible();
  const ruling = mediator.getByRole("region", { name: "Ruling" });
  await expect(ruling.locator("p").first()).toHaveText(
    "You cannot rule on this dispute: A different mediator decides the appeal of your ruling.",
  );
  await expect(ruling.getByText(/^The ruling by Ada Admin is under appeal/)).toBeVisible();
  expect(await said(ruling)).not.toContain("Either side may appeal");
  await expect(mediator.getByRole("button", { name: "Send the ruling to both sides" })).toHaveCount(0);
  await expect(mediator.getByRole("checkbox")).toHaveCount(0);
  await bothWidths(mediator, "15-mediator-may-not-decide-appeal");

  // Nor does the server take a ruling from them.
  const detail = (await (await mediator.request.get(`/api/v1/console/disputes/${id}`)).json()) as {
    timeline: { id: string }[];
  };
  const refused = await post(mediator, `/api/v1/console/disputes/${id}/ruling`, {
    outcome: "refund",
    reasons: "Deciding the appeal of my own ruling, which must be refused.",
    evidenceConsidered: [detail.timeline[0]!.id],
  });
  expect(refused.status()).toBe(409);
  expect(await refused.text()).toContain("A different mediator decides the appeal of your ruling.");

  // Mia Mediator, of the Disputes department, finds the appeal in her queue, under "Appealed".
  const second = await signedInPage(browser, APPEAL_MEDIATOR);
  await second.goto("/console");
  await second
    .getByRole("navigation", { name: "Other queues" })
    .getByRole("link", { name: "Disputes" })
    .click();
  await second.getByRole("tab", { name: "Appealed" }).click();
  await expect(second).toHaveURL(/\/console\/disputes\?status=appealed$/);
  const appealed = queueRow(second, reference);
  await expect(appealed.getByText("Appeal with the platform")).toBeVisible();
  await bothWidths(second, "16-second-mediator-queue-appealed");
  await appealed.getByRole("link", { name: reference }).click();
  await expect(second.getByRole("heading", { level: 1, name: `Dispute ${reference}` })).toBeVisible();
  await expect(
    nextStep(second).getByRole("heading", { name: "The platform’s turn: decide the appeal" }),
  ).toBeVisible();
  await expect(second.getByText(/^Ruling under appeal: Rejected .* ruled by Ada Admin$/)).toBeVisible();

  // She rules on the appeal, on the basin video and the appeal's reason: a partial refund.
  await second.getByRole("checkbox", { name: "Evidence added" }).check();
  await second.getByRole("checkbox", { name: "Ruling appealed" }).check();
  await second.getByRole("radio", { name: "Partial refund" }).check();
  await second.getByLabel("Amount to refund").fill("60");
  await second
    .getByLabel("Reasons (both sides read them)")
    .fill(
      "The basin video shows water inside the boot within 2 minutes: they are not waterproof as sold. The buyer keeps boots that still serve as water-resistant ones, so part of the price is refunded.",
    );
  await bothWidths(second, "17-second-mediator-rules-on-appeal");
  await second.getByRole("button", { name: "Send the ruling to both sides" }).click();
  await expect(second.getByText("Ruled: Partial refund")).toBeVisible();
  await expect(
    second.getByText(/^Outcome: Partial refund · refund \$60\.00 · ruled by Mia Mediator$/),
  ).toBeVisible();
  await expect(nextStep(second).getByRole("heading", { name: "Nothing more to do" })).toBeVisible();
  await expect(
    nextStep(second).getByText("Resolved: the partial refund of $60.00.", { exact: true }),
  ).toBeVisible();
  const final = second.getByRole("region", { name: "Ruling" });
  await expect(final.getByText(/^The dispute has been ruled on by Mia Mediator/)).toBeVisible();
  expect(await said(final)).not.toContain("appeal");
  await bothWidths(second, "18-second-mediator-ruled");

  // Both sides read the final ruling, with its reasons and arithmetic; neither may appeal it again.
  for (const [page, name] of [
    [buyer, "19-buyer-final-ruling"],
    [seller, "20-seller-final-ruling"],
  ] as const) {
    await page.goto(`/disputes/${id}`);
    await expect(nextStep(page).getByRole("heading", { name: "Nothing more to do" })).toBeVisible();
    await expect(
      nextStep(page).getByText("Resolved: the partial refund of $60.00.", { exact: true }),
    ).toBeVisible();
    expect(await said(nextStep(page))).not.toMatch(/appeal/i);
    await expect(nextStep(page).locator("time")).toHaveCount(0);
    const rulings = timelineEntry(page, "The platform ruled");
    await expect(rulings).toHaveCount(2);
    await expect(rulings.last().getByText(/The basin video shows water inside the boot/)).toBeVisible();
    await expect(rulings.last().getByText(/Refunded: \$60\.00 of the \$129\.00 paid/)).toBeVisible();
    await expect(page.getByRole("region", { name: "Appeal the ruling" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Send the appeal" })).toHaveCount(0);
    await bothWidths(page, name);
  }

  await second.context().close();
  await buyer.context().close();
  await seller.context().close();
  await mediator.context().close();
});
