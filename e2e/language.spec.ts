import { expect, type Page, test } from "@playwright/test";
import { screenshot } from "./helpers.ts";

const PHONE = { width: 375, height: 812 };

async function expectGermanHome(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Ein Problem mit einem Angebot oder Shop melden",
  );
  await expect(page.getByRole("link", { name: "Problem melden" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
}

test("a visitor switches to Deutsch in the footer: header, home and Report Center are German, and stay so", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Report a problem with a listing or a store",
  );

  await page.getByLabel("Language").selectOption("de");
  await expectGermanHome(page);
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "Meldezentrum" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Anmelden" })).toBeVisible();
  await expect(page.getByLabel("Sprache")).toHaveValue("de");
  await expect(page).toHaveTitle("Redress");
  await screenshot(page, "language-home-de-desktop");

  await page.reload();
  await expectGermanHome(page);

  await nav.getByRole("link", { name: "Meldezentrum" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meldezentrum" })).toBeVisible();
  await expect(page).toHaveTitle("Meldezentrum · Redress");
  const phishing = page.getByRole("article", { name: "Phishing" });
  await expect(phishing.getByText("Geeignet für")).toBeVisible();
  await expect(phishing.getByRole("button", { name: "Phishing auswählen" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Urheberrechtsverletzung" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Streitfall über „Meine Bestellungen“ eröffnen" }),
  ).toBeVisible();
  await screenshot(page, "language-report-center-de-desktop");

  // Prices are written the German way: 19,99 €.
  await page.goto("/shop");
  await expect(page.getByRole("heading", { level: 1, name: "Demo-Shop" })).toBeVisible();
  await expect(page.getByText(/^\d+,\d{2}\s€$/).first()).toBeVisible();

  await page.setViewportSize(PHONE);
  await page.goto("/report");
  await expect(page.getByRole("heading", { level: 1, name: "Meldezentrum" })).toBeVisible();
  await screenshot(page, "language-report-center-de-phone");
  await page.getByRole("button", { name: "Menü öffnen" }).click();
  await expect(
    page.getByRole("dialog", { name: "Menü" }).getByRole("link", { name: "Demo-Shop" }),
  ).toBeVisible();
  await screenshot(page, "language-menu-de-phone");
  await page.keyboard.press("Escape");
  await page.goto("/");
  await expectGermanHome(page);
  await screenshot(page, "language-home-de-phone");

  // And back: the English words return.
  await page.getByLabel("Sprache").selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Report a problem with a listing or a store",
  );
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a browser whose language is German starts in German", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await expectGermanHome(page);
  await expect(page.getByLabel("Sprache")).toHaveValue("de");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Anmelden" })).toBeVisible();
  await expect(page.getByLabel("E-Mail-Adresse")).toBeVisible();
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByText("Geben Sie eine gültige E-Mail-Adresse ein.")).toBeVisible();
  await screenshot(page, "language-sign-in-de-desktop");
  await context.close();
});
