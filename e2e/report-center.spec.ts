import { expect, test } from "@playwright/test";
import { choose, pdfFile, screenshot, signIn } from "./helpers.ts";

test("a guest reports a listing from its storefront page with a PDF attached", async ({ page }) => {
  await page.goto("/shop/item/it-2009");
  await expect(page.getByRole("heading", { name: /Oxycodone 40 mg/ })).toBeVisible();
  await screenshot(page, "01-listing-page");
  await page
    .getByRole("button", { name: "Report this item" })
    .or(page.getByRole("link", { name: "Report this item" }))
    .click();

  await expect(page).toHaveURL(/\/report\?target=/);
  await screenshot(page, "02-report-center");
  await page
    .getByRole("button", { name: "Choose Listing rules violation" })
    .or(page.getByRole("link", { name: "Choose Listing rules violation" }))
    .click();

  await expect(page.getByLabel("Link to the listing or store")).toHaveValue(/\/shop\/item\/it-2009$/);
  await choose(page, "Which rule it breaks", "Prohibited or restricted goods");
  await choose(page, "Category of goods", "Prescription and restricted medicines");
  await page
    .getByLabel("What is wrong?")
    .fill("This listing sells oxycodone without any prescription, which is illegal.");
  await page.getByLabel("Your email").fill("guest-e2e@example.test");
  await page.locator('input[type="file"]').setInputFiles(pdfFile("prescription-rules.pdf"));
  await expect(page.getByText("prescription-rules.pdf")).toBeVisible();
  await page
    .getByLabel(
      "I confirm that the information in this report is accurate and complete, and I file it in good faith.",
    )
    .check();
  await screenshot(page, "03-report-form-filled");
  await page.getByRole("button", { name: "Send report" }).click();

  const reference = page.getByTestId("report-reference");
  await expect(reference).toHaveText(/R-[0-9A-Z]{8}/);
  await screenshot(page, "04-confirmation");

  // The receipt reaches the (development) mailbox with the private link.
  const ref = (await reference.textContent())!.match(/R-[0-9A-Z]{8}/)![0];
  await expect
    .poll(async () => {
      const res = await page.request.get("/api/v1/dev/mailbox");
      return (await res.json()).items.some((m: { subject: string }) => m.subject.includes(ref));
    })
    .toBe(true);
  await page.goto("/dev/mailbox");
  await expect(page.getByText(`We received your report ${ref}`)).toBeVisible();
  await screenshot(page, "05-dev-mailbox");
});

test("a buyer signs in, reports a store and finds it in My Reports with its timeline", async ({ page }) => {
  await signIn(page, "buyer@demo.redress.test");
  await page.goto("/shop/store/st-1003");
  const reportStore = page
    .getByRole("button", { name: "Report this store" })
    .or(page.getByRole("link", { name: "Report this store" }));
  await expect(reportStore).toBeVisible();
  await screenshot(page, "05b-store-page");
  await reportStore.click();
  await page
    .getByRole("button", { name: "Choose Suspicious behaviour or fraud" })
    .or(page.getByRole("link", { name: "Choose Suspicious behaviour or fraud" }))
    .click();

  await expect(page.getByLabel("Your email")).toHaveValue("buyer@demo.redress.test");
  await choose(page, "What happened", "A fake store");
  await page
    .getByLabel("What is wrong?")
    .fill("This store copies the official Orbis shop and sells fakes as originals.");
  await page
    .getByLabel(
      "I confirm that the information in this report is accurate and complete, and I file it in good faith.",
    )
    .check();
  await page.getByRole("button", { name: "Send report" }).click();
  const ref = ((await page.getByTestId("report-reference").textContent()) ?? "").match(/R-[0-9A-Z]{8}/)![0];

  await page.goto("/my/reports");
  await expect(page.getByText(ref)).toBeVisible();
  await screenshot(page, "06-my-reports");
  await page.getByText(ref).click();
  await expect(page.getByText("Report submitted")).toBeVisible();
  await expect(page.getByText("Luxe Time Outlet").first()).toBeVisible();
  await screenshot(page, "07-report-detail");
});

test("a form with errors shows them next to the fields and sends nothing", async ({ page }) => {
  await page.goto("/report/listing_violation");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText(/at least 20 characters/)).toBeVisible();
  await expect(page.getByText("Please confirm the statement to send your report.")).toBeVisible();
  await screenshot(page, "08-form-errors");

  // A link to another site is refused by the server, and the error stands next to the link field.
  await page.getByLabel("Link to the listing or store").fill("https://other-shop.example/item/1");
  await choose(page, "Which rule it breaks", "Misleading or hidden price");
  await page.getByLabel("What is wrong?").fill("The price shown is not the price charged at checkout.");
  await page.getByLabel("Your email").fill("someone@example.test");
  await page
    .getByLabel(
      "I confirm that the information in this report is accurate and complete, and I file it in good faith.",
    )
    .check();
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(
    page.getByText("This link is not on the marketplace. Report pages of the marketplace only."),
  ).toBeVisible();
  await screenshot(page, "09-server-field-error");
});

test("the Report Center works at phone width", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/report");
  await expect(
    page
      .getByRole("button", { name: "Choose Phishing" })
      .or(page.getByRole("link", { name: "Choose Phishing" })),
  ).toBeVisible();
  await screenshot(page, "10-report-center-phone");
  await page.goto("/report/phishing");
  await expect(page.getByRole("button", { name: "Send report" })).toBeVisible();
  await screenshot(page, "11-phishing-form-phone");
});
