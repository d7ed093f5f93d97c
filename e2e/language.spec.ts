import { expect, type Page, test } from "@playwright/test";
import { bothWidths, choose, screenshot, signIn } from "./helpers.ts";

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

test("a report form's own fields read in German: labels, options, help, at desktop and at phone width", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/report/listing_violation");
  await expect(page.getByRole("heading", { level: 1, name: "Verstoß gegen Angebotsregeln" })).toBeVisible();
  await choose(page, "Gegen welche Regel es verstößt", "Verbotene oder eingeschränkte Waren");
  await page.getByRole("combobox", { name: "Warenkategorie", exact: true }).click();
  await expect(page.getByRole("option", { name: "Betäubungsmittel" })).toBeVisible();
  await page.getByRole("option", { name: "Betäubungsmittel" }).click();
  await page.getByRole("button", { name: "Hilfe: Link zum Angebot oder Shop" }).click();
  await expect(
    page.getByText("Der Link zum Angebot (oder zum Shop), das gegen die Regeln verstößt."),
  ).toBeVisible();
  await page.getByRole("button", { name: "Hilfe: Link zum Angebot oder Shop" }).click();
  await bothWidths(page, "language", "report-form-de");

  await page.goto("/report/copyright");
  await expect(page.getByRole("combobox", { name: "Was kopiert wurde", exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Ich bin in gutem Glauben überzeugt/ })).toBeVisible();
  await page.getByRole("button", { name: "Hilfe: Ihr Originalwerk" }).click();
  await expect(page.getByText(/^Ein Link zum Original oder eine kurze Beschreibung/)).toBeVisible();
  await page.getByRole("button", { name: "Hilfe: Ihr Originalwerk" }).click();
  await bothWidths(page, "language", "copyright-form-de");
  await context.close();
});

/** A signed-in page in German: signed in with the English form, then switched as the footer would. */
async function germanPage(page: Page, email: string) {
  await signIn(page, email);
  await page.evaluate(() => localStorage.setItem("redress.language", "de"));
}

test("a buyer's and a moderator's pages read in German, at desktop and at phone width", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const pages: { email: string; visits: { path: string; heading: string; name: string }[] }[] = [
    {
      email: "buyer@demo.redress.test",
      visits: [
        { path: "/my/reports", heading: "Meine Meldungen", name: "my-reports" },
        { path: "/my/disputes", heading: "Meine Streitfälle", name: "my-disputes" },
        { path: "/rights", heading: "Schutzrechte", name: "rights" },
      ],
    },
    {
      email: "moderator@demo.redress.test",
      visits: [
        { path: "/console", heading: "Moderationskonsole", name: "console" },
        { path: "/console/appeals", heading: "Widersprüche", name: "console-appeals" },
      ],
    },
  ];
  for (const { email, visits } of pages) {
    const page = await (await browser.newContext()).newPage();
    await germanPage(page, email);
    for (const width of [{ width: 1280, height: 800 }, PHONE]) {
      await page.setViewportSize(width);
      for (const visit of visits) {
        await page.goto(visit.path);
        await expect(page.getByRole("heading", { level: 1, name: visit.heading })).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("lang", "de");
        await screenshot(page, `language-${visit.name}-de-${width.width}`);
      }
    }
    await page.context().close();
  }
});
