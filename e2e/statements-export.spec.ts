import fs from "node:fs";
import { type Download, expect, type Locator, type Page, test } from "@playwright/test";
import { bothWidths, screenshot, signedInPage } from "./helpers.ts";

/** A day as a date field holds it, in the browser's calendar (the same machine's as this test's). */
const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

const today = new Date();
const FIRST_OF_MONTH = dayOf(new Date(today.getFullYear(), today.getMonth(), 1));
const TODAY = dayOf(today);

async function openStatements(admin: Page) {
  await admin.goto("/admin/staff");
  await admin.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Statements" }).click();
  await expect(admin).toHaveURL(/\/admin\/statements$/);
  await expect(admin.getByRole("heading", { level: 1, name: "Statements of reasons" })).toBeVisible();
}

/** Presses Download and takes the file the page hands to the browser. */
async function downloadFile(form: Locator): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([
    form.page().waitForEvent("download"),
    form.getByRole("button", { name: "Download" }).click(),
  ]);
  const text = fs.readFileSync(await download.path(), "utf8");
  return { download, text };
}

/** The note that the file is saved, and the number of statements it says the file holds. */
async function countSaid(form: Locator, fileName: string): Promise<number> {
  const note = form.getByRole("status").filter({ hasText: `Downloaded ${fileName}` });
  await expect(note).toBeVisible();
  const text = (await note.textContent()) ?? "";
  if (text.includes("No statement of reasons was made in this period: the file holds none.")) return 0;
  const said = /The file holds (\d+) statements?\./.exec(text);
  expect(said, `the count in "${text}"`).not.toBeNull();
  return Number(said![1]);
}

test("an admin downloads the statements of reasons of this month as CSV and as JSON", async ({ browser }) => {
  const admin = await signedInPage(browser, "admin@demo.redress.test");
  await openStatements(admin);
  await expect(admin.getByText("EU Digital Services Act, Article 17")).toBeVisible();
  await expect(admin.getByText("a file for its bulk upload")).toBeVisible();

  const form = admin
    .locator("section")
    .filter({ has: admin.getByRole("heading", { name: "Export a period" }) });
  const from = form.getByLabel("From");
  const to = form.getByLabel("To");
  // This month so far, by default: a period that includes today, when the demo's cases were decided.
  await expect(from).toHaveValue(FIRST_OF_MONTH);
  await expect(to).toHaveValue(TODAY);
  await expect(form.getByRole("radio", { name: "JSON" })).toBeChecked();

  // A period that ends before it starts is refused beside "To", before anything is asked of the server.
  await to.fill("2020-01-01");
  await form.getByRole("button", { name: "Download" }).click();
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(to).toHaveAccessibleDescription(/The period ends before it starts/);
  await expect(to).toBeFocused();
  await bothWidths(admin, "statements-export", "errors");
  await to.fill(TODAY);

  // CSV: held back a moment on its way, so that the page is seen preparing it.
  await form.getByRole("radio", { name: "CSV" }).check();
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await admin.route("**/api/v1/admin/statements/export?*", async (route) => {
    await held;
    await route.continue();
  });
  const csvDone = downloadFile(form);
  await expect(form.getByText("Preparing the file…")).toBeVisible();
  release();
  const csv = await csvDone;
  await admin.unroute("**/api/v1/admin/statements/export?*");
  const csvName = `statements-of-reasons-${FIRST_OF_MONTH}-${TODAY}.csv`;
  expect(csv.download.suggestedFilename()).toBe(csvName);
  const csvLines = csv.text.split("\r\n");
  expect(csvLines[0]).toMatch(/^decision_visibility,/);
  const csvCount = await countSaid(form, csvName);
  // An empty period still gives a file: the header row and nothing under it.
  if (csvCount === 0) expect(csvLines.filter(Boolean)).toHaveLength(1);
  await bothWidths(admin, "statements-export", "downloaded");

  // JSON: one array of statements, as many as the page says.
  await form.getByRole("radio", { name: "JSON" }).check();
  const json = await downloadFile(form);
  const jsonName = `statements-of-reasons-${FIRST_OF_MONTH}-${TODAY}.json`;
  expect(json.download.suggestedFilename()).toBe(jsonName);
  const statements: unknown = JSON.parse(json.text);
  expect(Array.isArray(statements)).toBe(true);
  const count = (statements as unknown[]).length;
  expect(await countSaid(form, jsonName)).toBe(count);
  // Both files hold the same statements.
  expect(csvCount).toBe(count);
});

test("the export of statements of reasons is for admins only", async ({ browser }) => {
  const moderator = await signedInPage(browser, "moderator@demo.redress.test");
  await moderator.goto("/admin/statements");
  await expect(moderator.getByRole("heading", { name: "This page is for admins" })).toBeVisible();
  await expect(moderator.getByRole("button", { name: "Download" })).toHaveCount(0);
  await screenshot(moderator, "statements-export-desktop-moderator");
});
