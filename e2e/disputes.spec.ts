import { type Browser, expect, type Page, test } from "@playwright/test";
import { choose, pdfFile, screenshot, signIn } from "./helpers.ts";

const BUYER = "buyer@demo.redress.test";
const SELLER = "seller@demo.redress.test";
const PHONE = { width: 390, height: 844 };

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** The same session at phone width, on the same address, for a screenshot of what a phone shows. */
async function phoneShot(browser: Browser, page: Page, name: string) {
  const phone = await (
    await browser.newContext({ viewport: PHONE, storageState: await page.context().storageState() })
  ).newPage();
  await phone.goto(page.url());
  await expect(phone.locator("main h1").first()).toBeVisible();
  await expect(phone.locator("main .mantine-Skeleton-root")).toHaveCount(0);
  await screenshot(phone, name);
  await phone.context().close();
}

/** An order of My Orders, by its number. */
const orderCard = (page: Page, orderId: string) =>
  page
    .getByRole("list", { name: "My orders" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: new RegExp(orderId) }) });

const nextStep = (page: Page) => page.getByRole("region", { name: /./ }).filter({ hasText: "Next step" });

test("a buyer opens a dispute, the seller counter-proposes a partial refund, the buyer accepts: both see it resolved", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const buyer = await signedInPage(browser, BUYER);

  // My Orders: the delivered order inside buyer protection can be disputed.
  await buyer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My Orders" }).click();
  await expect(buyer.getByRole("heading", { name: "My Orders", level: 1 })).toBeVisible();
  const order = orderCard(buyer, "or-3001");
  await expect(order.getByText("Buyer protection lasts until")).toBeVisible();
  await screenshot(buyer, "dispute-01-buyer-my-orders");
  await phoneShot(browser, buyer, "dispute-01p-buyer-my-orders");

  await order.getByRole("link", { name: "Open a dispute on order or-3001" }).click();
  await expect(buyer).toHaveURL(/\/my\/orders\/or-3001#open-dispute$/);
  await expect(buyer.getByRole("heading", { name: "Open a dispute" })).toBeFocused();

  // Sent empty: each field says what it needs, and the focus goes to the first one at fault.
  await buyer.getByRole("button", { name: "Open the dispute" }).click();
  await expect(buyer.getByText("Choose what is wrong with the order.")).toBeVisible();
  await expect(buyer.getByText(/Choose what you want: a refund/)).toBeVisible();
  await expect(buyer.getByText("Describe the problem in at least 20 characters.")).toBeVisible();
  await expect(buyer.getByRole("combobox", { name: "What is wrong?", exact: true })).toBeFocused();
  await screenshot(buyer, "dispute-02-buyer-form-errors");

  // A counterfeit is also a listing to report: the note links to the report form for that listing.
  await choose(buyer, "What is wrong?", "It is counterfeit");
  const reportLink = buyer.getByRole("link", { name: /as counterfeit$/ });
  await expect(reportLink).toHaveAttribute(
    "href",
    /\/report\/listing_violation\?target=.*it-2001.*reason=counterfeit/,
  );
  await screenshot(buyer, "dispute-02b-buyer-counterfeit-note");

  await choose(buyer, "What is wrong?", "It is not as described");
  await expect(reportLink).toHaveCount(0);
  await buyer.getByRole("radio", { name: "Refund only (keep the items)" }).check();
  await buyer
    .getByLabel("Describe the problem")
    .fill("The headphones were sold as noise-cancelling, but they have no noise cancelling at all.");
  await phoneShot(browser, buyer, "dispute-02p-buyer-form");
  await buyer.getByRole("button", { name: "Open the dispute" }).click();

  // The dispute page: who acts next, by when, and what happens if nobody does.
  await expect(buyer).toHaveURL(/\/disputes\/[^/]+$/);
  const heading = buyer.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^Dispute D-/);
  await expect(heading).toBeFocused();
  const reference = (await heading.textContent())?.replace("Dispute", "").trim() ?? "";
  await expect(nextStep(buyer).getByRole("heading", { name: "Waiting for the seller" })).toBeVisible();
  await expect(
    nextStep(buyer).getByText(/^If the seller does not answer by .+ is carried out\.$/),
  ).toBeVisible();
  await expect(buyer.getByText("You are the buyer")).toBeVisible();
  await expect(buyer.getByRole("button", { name: "Accept this proposal" })).toHaveCount(0);
  await screenshot(buyer, "dispute-03-buyer-dispute-opened");
  await phoneShot(browser, buyer, "dispute-03p-buyer-dispute-opened");
  const disputeUrl = buyer.url();

  // The seller finds it under My Disputes, as a seller (the choice is kept in the address).
  const seller = await signedInPage(browser, SELLER);
  await seller.goto("/my/disputes");
  await seller.getByRole("tab", { name: "As a seller" }).click();
  await expect(seller).toHaveURL(/\/my\/disputes\?role=seller$/);
  const row = seller
    .getByRole("list", { name: "Disputes on my stores" })
    .getByRole("listitem")
    .filter({ hasText: reference });
  await expect(row.getByText("You", { exact: true })).toBeVisible();
  await screenshot(seller, "dispute-04-seller-my-disputes");
  await phoneShot(browser, seller, "dispute-04p-seller-my-disputes");
  await row.getByRole("link", { name: reference }).click();

  await expect(nextStep(seller).getByRole("heading", { name: "It is your turn" })).toBeVisible();
  await expect(seller.getByText("You are the seller")).toBeVisible();
  await expect(seller.getByRole("heading", { name: "Accept the buyer's proposal" })).toBeVisible();
  await screenshot(seller, "dispute-05-seller-dispute");

  // The seller answers with a partial refund; an amount above what was paid is refused next to the field.
  await seller.getByRole("radio", { name: "Partial refund (keep the items)" }).check();
  const amount = seller.getByLabel("Amount of the partial refund (EUR)");
  await amount.fill("120");
  await seller.getByRole("button", { name: "Send the proposal" }).click();
  await expect(seller.getByText(/A partial refund can be at most €89\.99/)).toBeVisible();
  await expect(amount).toBeFocused();
  await amount.fill("30.00");
  await seller
    .getByLabel("Note to the other side (optional)")
    .fill("They do reduce noise a little; 30 euros back?");
  await seller.getByRole("button", { name: "Send the proposal" }).click();
  await expect(nextStep(seller).getByRole("heading", { name: "Waiting for the buyer" })).toBeFocused();
  await expect(seller.getByText("Partial refund of €30.00 (keep the items)").first()).toBeVisible();
  await screenshot(seller, "dispute-06-seller-counter-proposed");
  await phoneShot(browser, seller, "dispute-06p-seller-counter-proposed");

  // The buyer sees that it is their turn, what the seller offers, and that escalating is not open yet.
  await buyer.goto(disputeUrl);
  await expect(nextStep(buyer).getByRole("heading", { name: "It is your turn" })).toBeVisible();
  await expect(
    nextStep(buyer).getByText(
      /The buyer must accept the seller's proposal \(the partial refund of €30\.00\)/,
    ),
  ).toBeVisible();
  await expect(buyer.getByRole("button", { name: "Escalate to the platform" })).toBeDisabled();
  await expect(buyer.getByText(/You can escalate from/)).toBeVisible();
  const timeline = buyer.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByRole("listitem")).toHaveCount(2);
  await expect(timeline.getByText(/30 euros back\?/)).toBeVisible();
  await screenshot(buyer, "dispute-07-buyer-next-step");
  await phoneShot(browser, buyer, "dispute-07p-buyer-next-step");

  await buyer.getByRole("button", { name: "Accept this proposal" }).click();
  const dialog = buyer.getByRole("dialog", { name: "Accept the seller's proposal?" });
  await expect(dialog.getByText(/Partial refund of €30\.00/)).toBeVisible();
  await screenshot(buyer, "dispute-08-buyer-accept-dialog");
  await dialog.getByRole("button", { name: "Yes, accept" }).click();

  // Both sides see the end: resolved, with the refund.
  await expect(nextStep(buyer).getByRole("heading", { name: "Nothing more to do" })).toBeFocused();
  await expect(buyer.getByText("Resolved", { exact: true }).first()).toBeVisible();
  await expect(nextStep(buyer).getByText("Resolved: the partial refund of €30.00.")).toBeVisible();
  await expect(buyer.getByRole("region", { name: "What it is about" }).getByText("€30.00")).toBeVisible();
  await screenshot(buyer, "dispute-09-buyer-resolved");
  await phoneShot(browser, buyer, "dispute-09p-buyer-resolved");

  await seller.reload();
  await expect(seller.getByText("Resolved", { exact: true }).first()).toBeVisible();
  await expect(nextStep(seller).getByText("Resolved: the partial refund of €30.00.")).toBeVisible();
  await expect(seller.getByRole("button", { name: "Send the proposal" })).toHaveCount(0);
  await screenshot(seller, "dispute-10-seller-resolved");
  await phoneShot(browser, seller, "dispute-10p-seller-resolved");

  // My Disputes (buyer) lists it as resolved, with nobody left to act.
  await buyer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My Disputes" }).click();
  const mine = buyer
    .getByRole("list", { name: "Disputes I opened" })
    .getByRole("listitem")
    .filter({ hasText: reference });
  await expect(mine.getByText("Resolved")).toBeVisible();
  await expect(mine.getByText("Nobody — it has ended")).toBeVisible();
  await screenshot(buyer, "dispute-11-buyer-my-disputes");
  await buyer.context().close();
  await seller.context().close();
});

test("orders that cannot be disputed say why: not shipped yet, on its way, protection ended", async ({
  browser,
}) => {
  const buyer = await signedInPage(browser, BUYER);
  await buyer.goto("/my/orders");
  await expect(
    orderCard(buyer, "or-3004").getByText(/You can open a dispute once the order has shipped/),
  ).toBeVisible();
  await expect(orderCard(buyer, "or-3004").getByRole("link", { name: /Open a dispute/ })).toHaveCount(0);
  await expect(
    orderCard(buyer, "or-3008").getByText(/The buyer protection of this order ended on/),
  ).toBeVisible();
  await expect(
    orderCard(buyer, "or-3005").getByText(/The order is on its way: it was promised by/),
  ).toBeVisible();
  // Shipped and late: only "not received" is offered.
  await expect(
    orderCard(buyer, "or-3006").getByRole("link", { name: "Open a dispute on order or-3006" }),
  ).toBeVisible();

  await buyer.goto("/my/orders/or-3004");
  await expect(buyer.getByText("You cannot open a dispute on this order now")).toBeVisible();
  await expect(buyer.getByText(/once the order has shipped/)).toBeVisible();
  await expect(buyer.getByRole("button", { name: "Open the dispute" })).toHaveCount(0);
  await screenshot(buyer, "dispute-12-order-not-shipped");

  await buyer.goto("/my/orders/or-3008");
  await expect(buyer.getByText(/The buyer protection of this order ended on/)).toBeVisible();
  await screenshot(buyer, "dispute-13-order-protection-ended");
  await phoneShot(browser, buyer, "dispute-13p-order-protection-ended");

  await buyer.goto("/my/orders/or-3006");
  const reason = buyer.getByRole("combobox", { name: "What is wrong?", exact: true });
  await reason.click();
  // The options of this field's list (the footer's language select has options of its own).
  const list = buyer
    .getByRole("listbox")
    .filter({ has: buyer.getByRole("option", { name: "I did not receive it" }) });
  await expect(list.getByRole("option")).toHaveText(["I did not receive it"]);
  await buyer.context().close();
});

test("items already in an open dispute are refused with a link to that dispute", async ({ browser }) => {
  const buyer = await signedInPage(browser, BUYER);
  const order = await (await buyer.request.get("/api/v1/me/orders/or-3007")).json();
  const boots = order.items.find((i: { quantity: number }) => i.quantity === 1);
  // Opened with a photo of the damage as evidence, as the API takes it (a multipart form).
  const opened = await buyer.request.post("/api/v1/disputes", {
    headers: { origin: new URL(buyer.url()).origin },
    multipart: {
      dispute: JSON.stringify({
        orderId: "or-3007",
        items: [{ orderItemId: boots.id, quantity: 1 }],
        reason: "damaged",
        proposal: { kind: "return_and_refund" },
        description: "The boots arrived with a torn sole and a broken lace hook.",
      }),
      evidence: pdfFile("torn-sole.pdf"),
    },
  });
  expect(opened.status(), await opened.text()).toBe(201);
  const { reference } = await opened.json();

  await buyer.goto("/my/orders/or-3007");
  await expect(buyer.getByRole("link", { name: reference })).toBeVisible();
  await buyer.getByRole("checkbox", { name: boots.title }).check();
  await choose(buyer, "What is wrong?", "It arrived damaged");
  await buyer.getByRole("radio", { name: "Partial refund (keep the items)" }).check();
  // US dollars: the amount field names its currency and the most it may be.
  await expect(buyer.getByText(/At most \$129\.00/)).toBeVisible();
  await buyer.getByLabel("Amount of the partial refund (USD)").fill("40");
  await buyer
    .getByLabel("Describe the problem")
    .fill("The left boot's sole is torn and a lace hook is broken.");
  await buyer.getByRole("button", { name: "Open the dispute" }).click();
  const alert = buyer.getByRole("alert").filter({ hasText: "The dispute was not opened" });
  await expect(alert.getByText(new RegExp(`already in open dispute ${reference}`))).toBeVisible();
  await expect(alert).toBeFocused();
  await screenshot(buyer, "dispute-14-buyer-items-in-dispute");
  await alert.getByRole("link", { name: `Go to dispute ${reference}` }).click();
  await expect(buyer.getByRole("heading", { level: 1 })).toHaveText(`Dispute ${reference}`);
  // The evidence is on the timeline, as a download.
  const file = buyer
    .getByRole("list", { name: "Evidence files" })
    .getByRole("link", { name: "torn-sole.pdf" });
  await expect(file).toHaveAttribute("href", /./);
  const download = await buyer.request.get((await file.getAttribute("href")) ?? "");
  expect(download.status()).toBe(200);
  await screenshot(buyer, "dispute-15-buyer-dispute-with-evidence");
  await buyer.context().close();
});
