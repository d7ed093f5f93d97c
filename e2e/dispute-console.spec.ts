import { type Browser, expect, type Page, test } from "@playwright/test";
import { screenshot, signIn } from "./helpers.ts";

// The Disputes department's console. The e2e app runs on the real clock and a dispute reaches the
// platform only after 3 days of negotiation, so no dispute can be escalated here: the specs cover the
// queue as the platform finds it (empty, and blind to disputes still in negotiation), the mediator's page
// refusing a dispute the platform never took up, and the refusal of staff outside Disputes.

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
async function disputeInNegotiation(browser: Browser): Promise<string> {
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

  // Escalation opens after 3 days of negotiation, which this app's clock cannot reach.
  const escalated = await post(buyer, `/api/v1/disputes/${id}/escalate`);
  expect(escalated.status()).toBe(409);
  await buyer.context().close();
  await seller.context().close();
  return id;
}

test("a Disputes mediator finds the queue from the console, filters it, and sees it empty", async ({
  browser,
}) => {
  const disputeId = await disputeInNegotiation(browser);
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
