import { type Browser, expect, type Page, test } from "@playwright/test";
import { screenshot, signIn } from "./helpers.ts";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("a moderator works a case from the queue to a decision; reporter and seller see the outcome", async ({
  browser,
}) => {
  // A buyer reports a listing of the demo seller's store.
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  const filed = await buyer.request.post("/api/v1/reports", {
    headers: { origin: new URL(buyer.url()).origin },
    data: {
      type: "listing_violation",
      targetUrls: [`${new URL(buyer.url()).origin}/shop/item/it-2003`],
      description: "The seller asks buyers to pay by bank transfer outside the marketplace.",
      agreement: true,
      details: { violation: "off_platform" },
    },
  });
  expect(filed.status()).toBe(201);
  const { reference, id: reportId } = await filed.json();

  const mod = await signedInPage(browser, "moderator@demo.redress.test");
  await mod.goto("/console");
  await expect(mod.getByText("Phone case, recycled plastic").first()).toBeVisible();
  await screenshot(mod, "20-console-queue");
  await mod.getByText("Phone case, recycled plastic").first().click();
  await expect(mod.getByText(reference)).toBeVisible();
  await mod.getByRole("button", { name: "Claim case" }).click();
  await expect(mod.getByRole("button", { name: "Release" })).toBeVisible();
  await screenshot(mod, "21-console-case");

  await mod.getByRole("button", { name: "Decide" }).click();
  const dialog = mod.getByRole("dialog", { name: "Decide this case" });
  await dialog.getByRole("radio", { name: "Action taken" }).check();
  await dialog.getByRole("checkbox", { name: "Remove the listing" }).check();
  await dialog.getByRole("checkbox", { name: "Add a strike" }).check();
  await dialog.getByRole("radio", { name: "Serious" }).check();
  await dialog.getByRole("radio", { name: "Against our terms" }).check();
  await dialog
    .getByLabel("Terms section")
    .fill("Payments policy, section 2: all payments through the marketplace");
  await dialog.getByLabel("Explanation").fill("Asking buyers to pay outside the marketplace is not allowed.");
  await dialog
    .getByLabel("Facts and circumstances (no personal data)")
    .fill("The listing asked buyers to pay by bank transfer outside the marketplace.");
  await screenshot(mod, "22-console-decision-dialog");
  await dialog.getByRole("button", { name: "Confirm decision" }).click();
  await expect(mod.getByRole("link", { name: "Statement of reasons" })).toBeVisible();
  await screenshot(mod, "23-console-decided");

  // The listing page shows that it was removed.
  await buyer.goto("/shop/item/it-2003");
  await expect(buyer.getByText(/This listing was removed/)).toBeVisible();
  await screenshot(buyer, "24-listing-removed");

  // The reporter sees the outcome in My Reports.
  await buyer.goto(`/my/reports/${reportId}`);
  await expect(buyer.getByRole("heading", { name: "Decision" })).toBeVisible();
  await expect(buyer.getByText(/the listing was removed/).first()).toBeVisible();
  await screenshot(buyer, "25-reporter-outcome");

  // The seller sees the complaint, without the reporter, and the statement of reasons.
  const seller = await signedInPage(browser, "seller@demo.redress.test");
  await seller.goto("/my/reports?box=received");
  await expect(seller.getByText("Phone case, recycled plastic").first()).toBeVisible();
  await screenshot(seller, "25b-seller-received");
  await seller.getByText("Phone case, recycled plastic").first().click();
  await expect(seller.getByRole("heading", { name: "Statement of reasons" })).toBeVisible();
  await expect(seller.getByText("buyer@demo.redress.test")).toHaveCount(0);
  await expect(seller.getByText("Bea Buyer")).toHaveCount(0);
  await screenshot(seller, "26-seller-statement");

  // The console and the seller's complaint on a 375 px phone.
  await mod.setViewportSize({ width: 375, height: 812 });
  await mod.goto("/console");
  await expect(mod.getByRole("heading", { level: 1 })).toBeVisible();
  await screenshot(mod, "27-console-queue-375");
  await seller.setViewportSize({ width: 375, height: 812 });
  await expect(seller.getByRole("heading", { name: "Statement of reasons" })).toBeVisible();
  await screenshot(seller, "28-seller-statement-375");
});
