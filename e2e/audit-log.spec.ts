import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { dataDirFile } from "./disputes-clock.ts";
import { bothWidths, DESKTOP, PHONE, screenshot, signedInPage } from "./helpers.ts";

const TEMPLATE = "When it is not a violation";
/** Entries on one page of the list (audit.api.ts). */
const PAGE_SIZE = 25;

/** Rewords one outcome message and restores it: two audit entries, and the messages as they were. */
async function rewordAndRestore(admin: Page) {
  await admin.goto("/admin/outcome-messages");
  const field = admin.getByLabel(TEMPLATE);
  const card = admin.locator("form").filter({ has: field });
  await field.fill("We looked closely: what was reported breaks neither the law nor our terms.");
  await card.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText(`“${TEMPLATE}”: saved.`)).toBeVisible();
  await card.getByRole("button", { name: "Restore default" }).click();
  await expect(admin.getByText(`“${TEMPLATE}”: default restored.`)).toBeVisible();
}

/**
 * Rewrites one entry's data behind the app's back, in its own SQLite database, as someone with access to
 * the database could; returns how to put it back.
 */
function editEntryBehindTheAppsBack(seq: number, dataJson: string): () => void {
  const file = path.join(
    fs.readFileSync(dataDirFile(process.env.E2E_PORT ?? "3100"), "utf8"),
    "redress.sqlite",
  );
  const write = (json: string) => {
    const db = new Database(file);
    try {
      db.pragma("busy_timeout = 5000");
      db.prepare("update audit_log set data_json = ? where seq = ?").run(json, seq);
    } finally {
      db.close();
    }
  };
  const db = new Database(file, { readonly: true });
  const { data_json: original } = db.prepare("select data_json from audit_log where seq = ?").get(seq) as {
    data_json: string;
  };
  db.close();
  write(dataJson);
  return () => write(original);
}

test("an admin reads the audit log, newest first, checks its chain, and is shown an entry edited behind its back", async ({
  browser,
}) => {
  const admin = await signedInPage(browser, "admin@demo.redress.test");
  await rewordAndRestore(admin);

  await admin.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await expect(admin).toHaveURL(/\/admin\/audit$/);
  await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(admin.getByText("chained to the one before it by its hash")).toBeVisible();

  // Newest first: the restore, then the rewording, both by the admin, about the same message.
  const table = admin.getByRole("table", { name: "Entries" });
  const rows = table.getByRole("row");
  const [restored, reworded] = [rows.nth(1), rows.nth(2)];
  for (const row of [restored, reworded]) {
    await expect(row).toContainText("Ada Admin");
    await expect(row).toContainText("Reworded an outcome message");
    await expect(row).toContainText("Outcome message");
    await expect(row).toContainText("not_violation");
  }
  await expect(reworded).toContainText("text: We looked closely");
  await expect(restored).toContainText("text: —");
  const newest = Number(await restored.getByRole("cell").first().textContent());
  expect(Number(await reworded.getByRole("cell").first().textContent())).toBe(newest - 1);

  // Older entries a page at a time, down to the first.
  if (newest > PAGE_SIZE) {
    await expect(rows).toHaveCount(PAGE_SIZE + 1);
    await admin.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(Math.min(newest, 2 * PAGE_SIZE) + 1);
  }
  if (newest <= 2 * PAGE_SIZE) {
    await expect(rows.last().getByRole("cell").first()).toHaveText("1");
    await expect(admin.getByRole("button", { name: "Load more" })).toHaveCount(0);
  }

  // The whole data and the entry's hash are one click away.
  await reworded.getByText("All details").click();
  await expect(reworded.getByText(/Hash: [0-9a-f]{64}/)).toBeVisible();

  await admin.getByRole("button", { name: "Check the chain" }).click();
  const result = admin.getByRole("status").filter({ hasText: "The chain is intact" });
  await expect(result).toBeVisible();
  await expect(result).toContainText(`${newest} entries checked: none was edited, deleted or moved.`);
  await expect(result).toContainText(`Newest entry: number ${newest}, hash`);
  await bothWidths(admin, "audit-log", "intact");

  // Someone rewrites what an entry says: the check names it and leads to it.
  const putBack = editEntryBehindTheAppsBack(newest - 1, JSON.stringify({ text: "Something else" }));
  try {
    await admin.getByRole("button", { name: "Check the chain" }).click();
    const broken = admin.getByRole("status").filter({ hasText: "The chain is broken" });
    await expect(broken).toBeVisible();
    await expect(broken).toContainText(`Entries checked: ${newest}. This place does not hold:`);
    await expect(broken).toContainText("Edited");
    await expect(broken).toContainText(`Entry ${newest - 1} was changed after it was written`);
    await broken.getByRole("link", { name: `Show entry ${newest - 1}` }).click();
    await expect(reworded).toBeFocused();
    await bothWidths(admin, "audit-log", "broken");
  } finally {
    putBack();
  }
  await admin.getByRole("button", { name: "Check the chain" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "The chain is intact" })).toBeVisible();

  // On a phone the entries are cards, each with its number.
  await admin.setViewportSize(PHONE);
  const cards = admin.getByRole("list", { name: "Entries" }).getByRole("listitem");
  await expect(cards.first()).toContainText(`Entry ${newest}`);
  await expect(cards.first()).toContainText("Reworded an outcome message");
  await admin.setViewportSize(DESKTOP);
});

test("the audit log is for admins only", async ({ browser }) => {
  const moderator = await signedInPage(browser, "moderator@demo.redress.test");
  await moderator.goto("/admin/audit");
  await expect(moderator.getByRole("heading", { name: "This page is for admins" })).toBeVisible();
  await expect(moderator.getByRole("table", { name: "Entries" })).toHaveCount(0);
  await screenshot(moderator, "audit-log-desktop-moderator");
});
