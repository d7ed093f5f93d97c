import { type Browser, expect, type Page, test } from "@playwright/test";
import { choose, pdfFile, screenshot, signIn } from "./helpers.ts";

const AGREEMENT = /I confirm that the information in this report/;

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** A file whose name says PNG but whose bytes are a Windows program. */
const disguisedProgram = {
  name: "receipt.png",
  mimeType: "image/png",
  buffer: Buffer.from("MZ\u0090\u0000\u0003\u0000\u0000\u0000 this is not a picture"),
};
const script = {
  name: "steps.sh",
  mimeType: "application/x-sh",
  buffer: Buffer.from("#!/bin/sh\necho hi\n"),
};

test("a buyer sees the reported listing as a card and files a counterfeit report; a wrong file is named beside itself", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  await buyer.goto("/shop/item/it-2008");
  await buyer.getByRole("button", { name: "Report this item" }).click();

  // The Report Center's cards send a buyer who saw a fake to the listing rules, not to the IP form.
  const ip = buyer.getByRole("article", { name: "Intellectual property (rights holder)" });
  await expect(ip).toContainText("A fake or replica you saw while shopping (use Listing rules violation)");
  const rules = buyer.getByRole("article", { name: "Listing rules violation" });
  await expect(rules).toContainText("Counterfeit or replica goods");
  await screenshot(buyer, "80-report-center-buyer");
  await rules.getByRole("button", { name: "Choose Listing rules violation" }).click();

  // The link is shown as the listing it leads to: picture, title, store, price.
  const card = buyer.getByRole("region", { name: "The listing you report" });
  await expect(card).toContainText("Designer handbag, brand logo, mirror quality");
  await expect(card).toContainText("Sold by");
  await expect(card).toContainText(/€|EUR/);
  await choose(buyer, "Which rule it breaks", "Counterfeit or replica goods");
  await buyer
    .getByLabel("What is wrong?")
    .fill("The handbag copies a luxury brand's logo and is sold as 'mirror quality', i.e. a replica.");

  // Files are checked as they are added: by type, and by their first bytes.
  await buyer
    .locator("#report-field-evidence-input")
    .setInputFiles([pdfFile("listing-photos.pdf"), disguisedProgram]);
  const refused = buyer.getByRole("list", { name: "Files not attached" });
  await expect(refused.getByRole("listitem")).toContainText(
    "“receipt.png” cannot be attached: its content is not a PDF, a Word document or an image",
  );
  await expect(buyer.getByRole("list", { name: "Attached files" })).toContainText("listing-photos.pdf");
  await expect(buyer.getByText("1 of 10 files attached.")).toBeVisible();
  await buyer.locator("#report-field-evidence-input").setInputFiles([script]);
  await expect(refused).toContainText("“steps.sh” is not an accepted type.");
  await expect(buyer.getByText(/not a PDF, a Word document or an image/)).toHaveCount(1);
  await screenshot(buyer, "81-report-form-card-and-refused-files");
  await buyer.getByRole("button", { name: "Remove receipt.png" }).click();
  await expect(refused).not.toContainText("receipt.png");

  await buyer.getByRole("checkbox", { name: AGREEMENT }).check();
  await buyer.getByRole("button", { name: "Send report" }).click();
  await expect(buyer.getByTestId("report-reference")).toHaveText(/R-[0-9A-Z]{8}/);
  const reportId = buyer.url().split("/").pop() ?? "";
  const report = await (await buyer.request.get(`/api/v1/reports/${reportId}`)).json();
  expect(report.details).toEqual({ violation: "counterfeit" });
  expect(report.evidence.map((e: { fileName: string }) => e.fileName)).toEqual(["listing-photos.pdf"]);
});

test("a signed-in reporter is told of its open report of the same thing as soon as the form opens", async ({
  browser,
}) => {
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  const target = `${new URL(buyer.url()).origin}/shop/store/st-1002`;
  const filed = await buyer.request.post("/api/v1/reports", {
    headers: { origin: new URL(buyer.url()).origin },
    data: {
      type: "suspicious_behavior",
      targetUrls: [target],
      description: "The store shows photos taken from another seller's shop, with their watermark.",
      agreement: true,
      details: { behavior: "stolen_photos" },
    },
  });
  // A report already open from an earlier run of the demo is just as good.
  const body = await filed.json();
  const open = filed.status() === 201 ? body : body.error.existing;
  expect(open, JSON.stringify(body)).toBeTruthy();
  expect(open.reference).toMatch(/^R-/);

  await buyer.goto(`/report/suspicious_behavior?target=${encodeURIComponent(target)}`);
  const warning = buyer.getByRole("status").filter({ hasText: "You already reported this" });
  await expect(warning).toContainText(open.reference);
  await screenshot(buyer, "82-report-form-duplicate-warning");
  await warning.getByRole("link", { name: open.reference }).click();
  await expect(buyer).toHaveURL(new RegExp(`/my/reports/${open.id}$`));
});

test("a link that leads nowhere is said once, on the link's field, as soon as it is typed", async ({
  page,
}) => {
  await page.goto("/report/suspicious_behavior");
  const link = page.getByLabel("Link to the listing or store");
  await link.fill(`${new URL(page.url()).origin}/shop/item/it-0000`);
  await expect(page.getByText("We could not find this listing or store. Check the link.")).toHaveCount(1);
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await link.fill(`${new URL(page.url()).origin}/shop/store/st-1002`);
  await expect(page.getByRole("region", { name: "The store you report" })).toBeVisible();
  await expect(page.getByText("We could not find this listing or store.")).toHaveCount(0);
  await screenshot(page, "83-report-form-store-card");
});

test("the IP form is closed at once for someone without a verified right, with the way to register and to the buyer's report", async ({
  browser,
}) => {
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  const target = `${new URL(buyer.url()).origin}/shop/item/it-2006`;
  await buyer.goto(`/report/ip_rights_holder?target=${encodeURIComponent(target)}`);
  const gate = buyer.getByRole("region", { name: "IP complaints need a right verified in your IP vault" });
  await expect(gate).toBeVisible();
  await expect(buyer.getByLabel("What is wrong?")).toHaveCount(0);
  await expect(buyer.getByRole("button", { name: "Send report" })).toHaveCount(0);
  await expect(gate.getByRole("link", { name: "Register your rights in the IP vault" })).toHaveAttribute(
    "href",
    "/rights",
  );
  await screenshot(buyer, "84-ip-form-closed-for-buyer");
  await gate.getByRole("link", { name: "report counterfeit or replica goods" }).click();
  await expect(buyer.getByRole("heading", { name: "Listing rules violation" })).toBeVisible();
  await expect(buyer.getByRole("combobox", { name: "Which rule it breaks", exact: true })).toHaveValue(
    "Counterfeit or replica goods",
  );
  await expect(buyer.getByLabel("Link to the listing or store")).toHaveValue(target);

  // A guest is asked to sign in first.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto("/report/ip_rights_holder");
  await expect(guest.getByRole("region", { name: /IP complaints need a right/ })).toBeVisible();
  await expect(guest.getByRole("link", { name: "Sign in" }).last()).toBeVisible();
});

test("what the seller learns of the reporter is said as it happens", async ({ browser }) => {
  // A rights holder's name is always shown on an IP complaint: there is no choice to offer.
  const holder = await signedInPage(browser, "rights@demo.redress.test");
  await holder.goto("/report/ip_rights_holder");
  await expect(holder.getByRole("combobox", { name: "Your IP right", exact: true })).toBeVisible();
  await expect(holder.getByText(/The seller sees the name of the owner of the right you pick/)).toBeVisible();
  await expect(holder.getByRole("checkbox", { name: /to the seller/ })).toHaveCount(0);

  // Elsewhere a member may show its name, and a guest its email address.
  await holder.goto("/report/copyright");
  await expect(holder.getByRole("checkbox", { name: "Show my name to the seller" })).not.toBeChecked();
  const guest = await (await browser.newContext()).newPage();
  await guest.goto("/report/listing_violation");
  await expect(guest.getByRole("checkbox", { name: "Show my email address to the seller" })).toBeVisible();
});

test("the evidence drop zone says what the device can do, with one button named by its text", async ({
  browser,
  page,
}) => {
  await page.goto("/report/phishing");
  await expect(page.getByText("Drag files here, or")).toBeVisible();
  const choose = page.getByRole("button", { name: "Choose files", exact: true });
  await expect(choose).toBeVisible();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), choose.click()]);
  expect(chooser.isMultiple()).toBe(true);

  // A narrow window has nothing to drag from.
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(page.getByText("Drag files here, or")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Choose files", exact: true })).toBeVisible();

  // A phone offers its camera.
  const phone = await (
    await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
  ).newPage();
  await phone.goto("/report/listing_violation");
  await expect(
    phone.getByRole("button", { name: "Take a photo or choose files", exact: true }),
  ).toBeVisible();
  await expect(phone.getByText("Drag files here, or")).toHaveCount(0);
  await phone.locator("#report-field-evidence-input").setInputFiles([pdfFile("photo-of-listing.pdf")]);
  await expect(phone.getByText("photo-of-listing.pdf")).toBeVisible();
  await screenshot(phone, "85-report-form-phone");
});
