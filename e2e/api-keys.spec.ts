import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { bothWidths, DESKTOP, PHONE, signedInPage } from "./helpers.ts";

const STATEMENTS = "/api/v1/integration/statements";
const KEY_NAME = "Shop backend";

/** What the marketplace's server would do with the key: read the statements of reasons. */
const readStatements = (request: APIRequestContext, secret: string) =>
  request.get(STATEMENTS, { headers: { Authorization: `Bearer ${secret}` } });

/** Everything of the page a script could read, to show that a dismissed secret is gone from it. */
const pageHolds = (page: Page, secret: string) =>
  page.evaluate(
    (s) =>
      document.body.innerHTML.includes(s) ||
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")].some(
        (input) => input.value.includes(s),
      ),
    secret,
  );

async function openApiKeys(admin: Page) {
  await admin.goto("/admin/staff");
  await admin.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "API keys" }).click();
  await expect(admin).toHaveURL(/\/admin\/api-keys$/);
  await expect(admin.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
}

test("an admin issues an API key, sees its secret once, the marketplace calls with it, and the admin revokes it", async ({
  browser,
  request,
}) => {
  const admin = await signedInPage(browser, "admin@demo.redress.test");
  await admin.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await openApiKeys(admin);
  await expect(admin.getByText("Redress keeps only its hash and cannot show it again")).toBeVisible();
  await expect(admin.getByText("Authorization: Bearer rdk_…")).toBeVisible();
  await expect(admin.getByRole("link", { name: "API guide (OpenAPI)" })).toHaveAttribute(
    "href",
    "/api/openapi.json",
  );
  await expect(admin.getByText("No API key yet.")).toBeVisible();

  // Nothing filled in: each field says what it needs, beside it, and the keyboard lands on the first.
  const form = admin.locator("section").filter({ has: admin.getByRole("heading", { name: "Issue a key" }) });
  await form.getByRole("button", { name: "Issue key" }).click();
  const name = form.getByRole("textbox", { name: "Name" });
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Name the key after what uses it/);
  await expect(name).toBeFocused();
  await expect(form.getByRole("group", { name: "What the key may do" })).toHaveAccessibleDescription(
    /Choose at least one thing the key may do\./,
  );
  await bothWidths(admin, "api-keys", "errors");

  await name.fill(KEY_NAME);
  await form.getByRole("checkbox", { name: /Read statements of reasons/ }).check();
  await form.getByRole("button", { name: "Issue key" }).click();

  // The secret, this once, in a marked panel, with the keyboard on it.
  const panel = admin.getByRole("alert").filter({ hasText: `“${KEY_NAME}” is issued: copy its secret now` });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("it will not be shown again");
  const secretField = panel.getByRole("textbox", { name: "Secret" });
  await expect(secretField).toBeFocused();
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^rdk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
  await panel.getByRole("button", { name: "Copy" }).click();
  await expect(panel.getByText("Copied")).toBeVisible();
  expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await bothWidths(admin, "api-keys", "issued");

  // The marketplace's server, with the key and no session, reads the statements of reasons.
  expect((await readStatements(request, secret)).status()).toBe(200);
  expect((await request.get(STATEMENTS)).status()).toBe(401);

  await panel.getByRole("button", { name: "I have stored it" }).click();
  await expect(panel).toHaveCount(0);
  expect(await pageHolds(admin, secret)).toBe(false);
  await expect(name).toBeFocused();

  // Listed by its prefix, never its secret; after a reload, with its last use.
  const prefix = secret.slice(0, "rdk_".length + 12);
  await admin.reload();
  const table = admin.getByRole("table", { name: "API keys" });
  const row = table.getByRole("row").filter({ hasText: KEY_NAME });
  await expect(row).toContainText(prefix);
  await expect(row).toContainText("Read statements of reasons");
  await expect(row).toContainText("by Ada Admin");
  await expect(row).toContainText("Active");
  await expect(row.getByRole("cell").nth(4)).not.toHaveText("Never");
  expect(await pageHolds(admin, secret)).toBe(false);

  await admin.setViewportSize(PHONE);
  const card = admin
    .getByRole("list", { name: "API keys" })
    .getByRole("listitem")
    .filter({ hasText: KEY_NAME });
  await expect(card).toContainText(prefix);
  await admin.setViewportSize(DESKTOP);

  // Revoking asks first, says what it does, and starts on Cancel.
  await row.getByRole("button", { name: `Revoke ${KEY_NAME}` }).click();
  const dialog = admin.getByRole("dialog", { name: "Revoke this API key?" });
  await expect(dialog).toContainText(
    `Every call the marketplace makes with “${KEY_NAME}” (${prefix}) will fail at once.`,
  );
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await bothWidths(admin, "api-keys", "revoke");
  await dialog.getByRole("button", { name: "Revoke", exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(admin.getByText(`“${KEY_NAME}” is revoked: calls with it now fail.`)).toBeVisible();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: `Revoke ${KEY_NAME}` })).toHaveCount(0);
  await expect(admin.getByRole("heading", { name: "Issued keys" })).toBeFocused();
  await bothWidths(admin, "api-keys", "revoked");

  expect((await readStatements(request, secret)).status()).toBe(401);

  // Both are in the audit log, in words.
  await admin.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  const rows = admin.getByRole("table", { name: "Entries" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("Revoked an API key");
  await expect(rows.nth(2)).toContainText("Issued an API key");
  for (const entry of [rows.nth(1), rows.nth(2)]) {
    await expect(entry).toContainText("Ada Admin");
    await expect(entry).toContainText("API key");
  }
  await expect(rows.nth(2)).toContainText(KEY_NAME);
});

test("the API keys page is for admins only", async ({ browser }) => {
  const moderator = await signedInPage(browser, "moderator@demo.redress.test");
  await moderator.goto("/admin/api-keys");
  await expect(moderator.getByRole("heading", { name: "This page is for admins" })).toBeVisible();
  await expect(moderator.getByRole("heading", { name: "Issue a key" })).toHaveCount(0);
});
