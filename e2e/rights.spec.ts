import { type Browser, expect, type Page, test } from "@playwright/test";
import { choose, pdfFile, screenshot, signIn, signUpNew } from "./helpers.ts";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const png = {
  name: "passport.png",
  mimeType: "image/png",
  buffer: Buffer.from(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f90000000049454e44ae426082",
    "hex",
  ),
};

test("a rights holder registers, adds rights, and IP Protection verifies them", async ({ browser }) => {
  test.setTimeout(120_000);
  // A new account: the demo rights holder is already registered, with a verified trademark.
  const holder = await (await browser.newContext()).newPage();
  await signUpNew(holder, "Orbis Legal");
  await holder.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "IP rights" }).click();
  await expect(holder.getByRole("heading", { name: "Register as a rights holder" })).toBeVisible();
  await holder.getByRole("button", { name: "Register as a rights holder" }).click();
  await expect(holder.getByText("Some fields need your attention")).toBeVisible();
  await expect(holder.getByText("Attach at least one identity document.")).toBeVisible();
  await screenshot(holder, "40-rights-register-errors");

  await holder.getByLabel("Legal name").fill("Orbis Watches GmbH");
  await choose(holder, "Country", "Germany");
  await holder.getByLabel("Postal address").fill("Uhrenstraße 1\n10115 Berlin");
  await holder.getByLabel("Company registration number").fill("HRB 123456");
  await holder.locator("#rights-field-document-input").setInputFiles([pdfFile("register-extract.pdf"), png]);
  await holder.getByRole("button", { name: "Register as a rights holder" }).click();
  await expect(holder.getByRole("heading", { name: "Orbis Watches GmbH" })).toBeVisible();
  await expect(holder.getByText("No IP rights yet")).toBeVisible();

  await holder.getByRole("button", { name: "Add an IP right" }).click();
  await choose(holder, "Type of right", "Trademark");
  await holder.getByLabel("Registration number").fill("EU 018000777");
  await holder.getByLabel("Office or jurisdiction").fill("EUIPO");
  await holder.getByRole("combobox", { name: "Nice classes" }).click();
  await holder.getByRole("option", { name: "Class 14", exact: true }).click();
  await holder.keyboard.press("Escape");
  await holder.getByLabel("Valid from").fill("2020-01-15");
  await holder.getByLabel("Valid until").fill("2030-01-15");
  await holder.getByRole("checkbox", { name: "I act as an agent for the owner" }).check();
  await holder.getByRole("button", { name: "Send for verification" }).click();
  await expect(holder.getByText("As an agent, attach the owner's letter of authorisation.")).toBeVisible();
  await holder.locator("#rights-field-authorisation-input").setInputFiles(pdfFile("authorisation.pdf"));
  await holder.locator("#rights-field-certificate-input").setInputFiles(pdfFile("certificate.pdf"));
  await screenshot(holder, "41-rights-add-right");
  await holder.getByRole("button", { name: "Send for verification" }).click();
  await expect(holder.getByText("Your right was sent for verification.")).toBeVisible();
  await expect(holder.getByRole("listitem", { name: "Trademark EU 018000777" })).toContainText(
    "Pending verification",
  );

  // A second right, sent through the API, for the approval path.
  const second = await holder.request.post("/api/v1/rights", {
    headers: { origin: new URL(holder.url()).origin },
    multipart: {
      right: JSON.stringify({
        type: "design",
        registrationNumber: "RCD 008000123-0001",
        office: "EUIPO",
        ownerName: "Orbis Watches GmbH",
        validFrom: "2022-03-01",
        validTo: "2027-03-01",
      }),
      certificate: pdfFile("design.pdf"),
    },
  });
  expect(second.status()).toBe(201);

  const mod = await signedInPage(browser, "moderator@demo.redress.test");
  await mod.goto("/console");
  await mod.getByRole("link", { name: "IP rights verification" }).click();
  await expect(mod.getByRole("heading", { name: "IP rights verification" })).toBeVisible();
  await screenshot(mod, "42-rights-console-queue");
  await mod.getByRole("link", { name: "Trademark EU 018000777" }).click();
  await expect(mod.getByRole("heading", { name: "The holder" })).toBeVisible();
  const letter = mod.getByRole("link", { name: "authorisation.pdf" });
  const download = await mod.request.get((await letter.getAttribute("href")) ?? "");
  expect(download.headers()["content-disposition"]).toBe('attachment; filename="authorisation.pdf"');
  await screenshot(mod, "43-rights-console-review");

  await mod.getByRole("button", { name: "Reject" }).click();
  await mod.getByRole("button", { name: "Reject" }).click();
  await expect(mod.getByText("Say why in at least 10 characters")).toBeVisible();
  await mod
    .getByLabel("Reason for rejection")
    .fill("The letter of authorisation is not signed by the owner.");
  await mod.getByRole("button", { name: "Reject" }).click();
  await expect(mod.getByText("Rejected by Mo Moderator")).toBeVisible();

  await mod.goto("/console/rights");
  await mod.getByRole("link", { name: "Design RCD 008000123-0001" }).click();
  await mod.getByRole("button", { name: "Approve" }).click();
  await expect(mod.getByText("Verified by Mo Moderator")).toBeVisible();

  await holder.reload();
  await expect(holder.getByRole("listitem", { name: "Trademark EU 018000777" })).toContainText(
    "The letter of authorisation is not signed by the owner.",
  );
  await expect(holder.getByRole("listitem", { name: "Design RCD 008000123-0001" })).toContainText("Verified");
  await screenshot(holder, "44-rights-vault");

  // The same session on a 375 px wide phone.
  const small = await browser.newContext({
    viewport: { width: 375, height: 812 },
    storageState: await holder.context().storageState(),
  });
  const phone = await small.newPage();
  await phone.goto("/rights");
  await expect(phone.getByRole("heading", { name: "Your IP rights" })).toBeVisible();
  await screenshot(phone, "45-rights-vault-375");
});
