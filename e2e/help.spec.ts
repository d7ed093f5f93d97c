import { type Browser, expect, type Page, test } from "@playwright/test";
import { choose, screenshot, signIn } from "./helpers.ts";

// The help center as its people use it: a visitor searches and reads an article, the "What happened?"
// assistant sends the demo buyer to the dispute form of the right order, an admin edits an article, and
// the report form says when a description reads like an order problem or another type of report.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function bothWidths(page: Page, name: string) {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `help-desktop-${name}`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `help-phone-${name}`);
  await page.setViewportSize(DESKTOP);
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(page, email);
  return page;
}

test("a visitor searches the help center and reads an article", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/report");
  await page.getByRole("link", { name: "Help center" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Help center" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Buyer protection" })).toBeVisible();
  await bothWidths(page, "1-center");

  await page.getByRole("searchbox", { name: "Search the help center" }).fill("counterfeit");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/help\?q=counterfeit/);
  const results = page.getByRole("region", { name: /articles? found for “counterfeit”/ });
  await expect(results.getByRole("link", { name: "How to report a counterfeit" })).toBeVisible();
  await bothWidths(page, "2-search");

  await results.getByRole("link", { name: "How to report a counterfeit" }).click();
  const article = page.getByRole("article", { name: "How to report a counterfeit" });
  await expect(article.getByRole("heading", { level: 2, name: "You bought a fake" })).toHaveAttribute(
    "id",
    "you-bought-a-fake",
  );
  // A link inside the article moves within the app.
  await expect(article.getByRole("link", { name: "IP rights" })).toHaveAttribute("href", "/rights");
  await bothWidths(page, "3-article");

  await page.getByRole("link", { name: "← Help center" }).click();
  await page.getByRole("searchbox", { name: "Search the help center" }).fill("xylophonequartz");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No article matches “xylophonequartz”.")).toBeVisible();
});

test("the assistant sends “the parcel never arrived” to the dispute form of the buyer's order", async ({
  browser,
}) => {
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  await buyer.goto("/my/orders");
  await buyer.getByRole("link", { name: "Tell the “What happened?” assistant" }).click();
  await expect(buyer.getByRole("heading", { level: 1, name: "What happened?" })).toBeVisible();

  // Nothing written: said on the field, nothing asked.
  await buyer.getByRole("button", { name: "Find the right place" }).click();
  await expect(buyer.getByText("Say what happened in a few words.")).toBeVisible();
  await expect(buyer.getByLabel("What went wrong?")).toBeFocused();

  await buyer.getByRole("radio", { name: "Yes, an order of mine" }).check();
  await choose(buyer, "Which order?", "or-3006");
  await buyer.getByLabel("What went wrong?").fill("the parcel never arrived");
  await buyer.getByRole("button", { name: "Find the right place" }).click();
  const answer = buyer.getByRole("region", { name: "Where this belongs" });
  await expect(
    answer.getByText(
      "You said “the parcel never arrived”: that is a problem with your order — open a dispute for not received.",
    ),
  ).toBeVisible();
  await bothWidths(buyer, "4-assistant-answer");

  await answer.getByRole("link", { name: "Open a dispute for not received on order or-3006" }).click();
  await expect(buyer).toHaveURL(/\/my\/orders\/or-3006\?reason=not_received#open-dispute/);
  const reason = buyer.getByRole("combobox", { name: "What is wrong?", exact: true });
  await expect(reason).toHaveValue("I did not receive it");
  await bothWidths(buyer, "5-dispute-form");

  // Unclear words: the two best choices, with how sure.
  await buyer.goto("/help/assistant");
  await buyer.getByLabel("What went wrong?").fill("problem");
  await buyer.getByRole("button", { name: "Find the right place" }).click();
  await expect(buyer.getByRole("region", { name: "Where this belongs" })).toContainText("We are not sure");
  await bothWidths(buyer, "6-assistant-unsure");
});

test("an admin edits a help article, with a preview, and readers see the change", async ({ browser }) => {
  const admin = await signedInPage(browser, "admin@demo.redress.test");
  await admin.goto("/admin/help");
  await expect(admin.getByRole("heading", { level: 1, name: "Help articles" })).toBeVisible();
  await bothWidths(admin, "7-admin-list");

  await admin.getByRole("link", { name: "Returning an item for a refund" }).click();
  await expect(admin.getByLabel("Title")).toHaveValue("Returning an item for a refund");
  const summary = admin.getByLabel("Summary");
  await summary.fill("");
  await admin.getByRole("button", { name: "Save the article" }).click();
  await expect(
    admin.getByText("Say in one sentence (at least 10 characters) what the article answers."),
  ).toBeVisible();
  await expect(summary).toBeFocused();

  await summary.fill("How a return works: ship within 10 days with tracking, and the refund follows.");
  const body = admin.getByLabel("Article");
  await body.fill(
    `${await body.inputValue()}\n\n## Keep your receipt\n\nKeep the **shipping receipt** until you are refunded.`,
  );
  await admin.getByRole("tab", { name: "Preview" }).click();
  await expect(admin.getByRole("heading", { name: "Keep your receipt" })).toBeVisible();
  await bothWidths(admin, "8-admin-preview");
  await admin.getByRole("button", { name: "Save the article" }).click();
  await expect(admin.getByText("Saved. Version 2.")).toBeVisible();
  await bothWidths(admin, "9-admin-saved");

  await admin.getByRole("link", { name: "View in the help center" }).click();
  await expect(admin.getByText("How a return works: ship within 10 days with tracking")).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Keep your receipt" })).toBeVisible();
});

test("the report form warns when a description reads like an order problem or another report type", async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/report/listing_violation");
  const description = page.getByLabel("What is wrong?");
  await description.fill("the item arrived broken");
  const warning = page.getByText("This sounds like a problem with your order — open a dispute instead");
  await expect(warning).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to My Orders" })).toHaveAttribute("href", "/my/orders");
  await bothWidths(page, "10-report-form-order-problem");

  await description.fill("I got a message with a link asking for my password");
  await expect(page.getByText("This reads like a Phishing report — switch?")).toBeVisible();
  await expect(warning).toHaveCount(0);
  await bothWidths(page, "11-report-form-other-type");
  await page.getByRole("link", { name: "Switch to Phishing" }).click();
  await expect(page).toHaveURL(/\/report\/phishing/);
});
