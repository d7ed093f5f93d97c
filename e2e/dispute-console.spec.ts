import { type Browser, expect, type Page, test } from "@playwright/test";
import { moveDisputeBack } from "./disputes-clock.ts";
import { screenshot, signIn } from "./helpers.ts";

// The Disputes department's console. A dispute reaches the platform after 3 days of negotiation: the
// spec moves its dates back in the served app's database (e2e/disputes-clock.ts), as if they had passed.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(page, email);
  return page;
}

/** A state-changing API call from the page's session, with the Origin a browser would send. */
function post(page: Page, url: string, data?: unknown) {
  return page.request.post(url, { data, headers: { origin: new URL(page.url()).origin } });
}

/** Screenshots (with the axe and sideways-scroll checks) at desktop width, then at phone width. */
async function bothWidths(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `dispute-console-desktop-${name}`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `dispute-console-phone-${name}`);
  await page.setViewportSize(DESKTOP);
}

/**
 * The demo buyer disputes an order (one no other spec disputes) and the seller answers with a counter-
 * proposal: a dispute in negotiation, which stays between the two sides for now.
 */
async function disputeInNegotiation(browser: Browser) {
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  const opened = await post(buyer, "/api/v1/disputes", {
    // One of the two units of the order's second item: the other specs dispute its first item only.
    orderId: "or-3007",
    items: [{ orderItemId: "or-3007-2", quantity: 1 }],
    reason: "not_as_described",
    proposal: { kind: "refund" },
    description: "The item is a different model from the one in the listing photos.",
  });
  expect(opened.status(), await opened.text()).toBe(201);
  const { id } = (await opened.json()) as { id: string };

  const seller = await signedInPage(browser, "seller@demo.redress.test");
  const countered = await post(seller, `/api/v1/disputes/${id}/proposals`, {
    kind: "partial_refund",
    amountMinor: 1000,
  });
  expect(countered.status(), await countered.text()).toBe(200);

  // Escalation opens after 3 days of negotiation.
  const early = await post(buyer, `/api/v1/disputes/${id}/escalate`);
  expect(early.status()).toBe(409);
  await seller.context().close();
  return { id, buyer };
}

test("a Disputes mediator finds an escalated dispute in the queue, weighs it and rules; the buyer sees the ruling", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { id: disputeId, buyer } = await disputeInNegotiation(browser);
  const admin = await signedInPage(browser, "admin@demo.redress.test");

  await admin.goto("/console");
  await admin
    .getByRole("navigation", { name: "Other queues" })
    .getByRole("link", { name: "Disputes" })
    .click();
  await expect(admin).toHaveURL(/\/console\/disputes$/);
  await expect(admin.getByRole("heading", { level: 1, name: "Disputes" })).toBeVisible();
  await expect(admin.getByRole("tab", { name: "All", selected: true })).toBeVisible();
  // A dispute still in negotiation is not the platform's: the queue stays empty.
  await expect(admin.getByText("No dispute waits for the platform.", { exact: false })).toBeVisible();
  await bothWidths(admin, "queue-empty");

  await admin.getByRole("tab", { name: "Waiting for evidence" }).click();
  await expect(admin).toHaveURL(/status=awaiting_evidence/);
  await expect(admin.getByText("No dispute waits for evidence you asked for.")).toBeVisible();
  // The filter lives in the address: a reload or a shared link shows the same tab.
  await admin.reload();
  await expect(admin.getByRole("tab", { name: "Waiting for evidence", selected: true })).toBeVisible();
  await admin.getByRole("tab", { name: "Appealed" }).click();
  await expect(admin.getByText("No ruling has been appealed.")).toBeVisible();

  // The mediator's page refuses a dispute the platform never took up, and says so.
  await admin.goto(`/console/disputes/${disputeId}`);
  await expect(
    admin.getByRole("heading", { level: 1, name: "This dispute is not with the platform" }),
  ).toBeVisible();
  await bothWidths(admin, "dispute-not-with-platform");
  await admin.getByRole("link", { name: "Go to the Disputes queue" }).click();
  await expect(admin).toHaveURL(/\/console\/disputes$/);

  // Four days later the buyer escalates: the dispute is the platform's.
  moveDisputeBack(disputeId, 4);
  const escalated = await post(buyer, `/api/v1/disputes/${disputeId}/escalate`);
  expect(escalated.status(), await escalated.text()).toBe(200);
  const { reference } = (await escalated.json()) as { reference: string };

  await admin.reload();
  const row = admin
    .getByRole("list", { name: "Disputes" })
    .getByRole("listitem")
    .filter({ hasText: reference });
  await expect(row.getByText("Buyer’s reason: “It is not as described”")).toBeVisible();
  await expect(row.getByText("disputed $26.50")).toBeVisible();
  await expect(row.getByText(/^Due /)).toBeVisible();
  await bothWidths(admin, "queue");
  await row.getByRole("link", { name: reference }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Dispute ${reference}` })).toBeVisible();
  await expect(admin.getByRole("heading", { name: /The platform’s turn/ })).toBeVisible();
  await expect(
    admin.getByRole("region", { name: "Sam Seller" }).getByText("Partial refund of $10.00"),
  ).toBeVisible();
  await bothWidths(admin, "dispute");

  // Sent empty, the ruling names what is missing next to each field, and the focus goes to the first.
  const send = admin.getByRole("button", { name: "Send the ruling to both sides" });
  await send.click();
  await expect(
    admin.getByText("Tick at least one timeline entry your ruling rests on.").first(),
  ).toBeVisible();
  await expect(admin.getByText("Choose the ruling.")).toBeVisible();
  await expect(admin.getByText("Give the reasons, in at least 30 characters.")).toBeVisible();
  await expect(admin.getByRole("checkbox", { name: "Dispute opened" })).toBeFocused();

  // A partial refund above what was paid for the disputed items is refused at the amount.
  await admin.getByRole("checkbox", { name: "Dispute opened" }).check();
  await admin.getByRole("checkbox", { name: "New proposal" }).check();
  await admin.getByRole("radio", { name: "Partial refund" }).check();
  const amount = admin.getByLabel("Amount to refund");
  await expect(amount).toHaveAccessibleDescription(/At most \$26\.50/);
  await amount.fill("30");
  await admin
    .getByLabel("Reasons (both sides read them)")
    .fill("The photos show a different model, but it works: half of the price is fair.");
  await send.click();
  await expect(
    admin.getByText("At most $26.50, what was paid for the disputed items.", { exact: true }),
  ).toBeVisible();
  await expect(amount).toBeFocused();
  await screenshot(admin, "dispute-console-desktop-ruling-errors");

  await amount.fill("13.25");
  await send.click();
  await expect(admin.getByText("Ruled: Partial refund")).toBeVisible();
  await expect(admin.getByText("Outcome: Partial refund")).toBeVisible();
  await expect(admin.getByRole("button", { name: "Send the ruling to both sides" })).toHaveCount(0);

  // The buyer reads the ruling on their own dispute page, with the arithmetic the server added.
  await buyer.goto(`/disputes/${disputeId}`);
  await expect(buyer.getByText(/half of the price is fair/)).toBeVisible();
  await expect(
    buyer.getByText(/Refunded: (US)?\$13\.25 of the (US)?\$26\.50 paid for the disputed items\./),
  ).toBeVisible();
  await buyer.context().close();
});

test("a moderator outside Disputes sees no Disputes link and is told it is not their department", async ({
  browser,
}) => {
  const moderator = await signedInPage(browser, "moderator@demo.redress.test");

  await moderator.goto("/console");
  const otherQueues = moderator.getByRole("navigation", { name: "Other queues" });
  await expect(otherQueues.getByRole("link", { name: "Appeals", exact: true })).toBeVisible();
  await expect(otherQueues.getByRole("link", { name: "Disputes" })).toHaveCount(0);

  await moderator.goto("/console/disputes");
  await expect(moderator.getByRole("heading", { name: "Not your department" })).toBeVisible();
  await expect(moderator.getByText("mediated by the Disputes department")).toBeVisible();
  await expect(moderator.getByRole("tab")).toHaveCount(0);
  await bothWidths(moderator, "not-your-department");

  // The same on a dispute's own page, whatever the id: the department is checked before the dispute.
  await moderator.goto("/console/disputes/some-dispute");
  await expect(moderator.getByRole("heading", { level: 1, name: "Not your department" })).toBeVisible();
  await moderator.getByRole("link", { name: "Back to your console queue" }).click();
  await expect(moderator).toHaveURL(/\/console$/);
});
