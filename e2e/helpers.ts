import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

export const DEMO_PASSWORD = "redress-demo";
const SHOTS = path.resolve("test-results/screenshots");

/** Saves a full-page screenshot of what the user sees, for people to look at after the run. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** Picks an option of a Mantine Select by the field's label and the option's text. */
export async function choose(page: Page, label: string, option: string) {
  // Mantine renders a Select as a combobox; exact, because "What is wrong" is also the start of "What is wrong?".
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option }).click();
}

export function pdfFile(name = "evidence.pdf") {
  return {
    name,
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
  };
}

/** Signs up a new account (signed in at once) and returns its email. */
export async function signUpNew(page: Page, name: string): Promise<string> {
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-password-1");
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  return email;
}
