import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";

export const DEMO_PASSWORD = "redress-demo";
const SHOTS = path.resolve("test-results/screenshots");

/** WCAG 2.1 level A and AA: what the product promises. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BLOCKING = new Set(["serious", "critical"]);

/**
 * Saves a full-page screenshot of what the user sees, for people to look at after the run, and checks
 * the page as it stands: no serious or critical accessibility violation, no sideways scrolling.
 * The checks are soft, so that one run lists every page that fails, not only the first.
 */
export async function screenshot(page: Page, name: string) {
  // The scan takes seconds on a busy machine: each check brings its own time, not the test's.
  test.info().setTimeout(test.info().timeout + 20_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  await settle(page);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
  await expectNoSidewaysScroll(page, name);
}

/** Waits for transitions (modals, notifications, menus) to finish: half-faded text has the wrong contrast. */
async function settle(page: Page) {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          // Spinners and loading pulses run forever; only wait for transitions that end.
          .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
          .every((a) => a.playState !== "running"),
      null,
      { timeout: 3_000 },
    )
    .catch(() => undefined);
}

/** Runs axe-core on the page and fails (softly) on any serious or critical violation. */
export async function expectAccessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const problems = results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n) => `    at ${n.target.join(" ")}\n      ${firstLine(n.failureSummary)}`).join("\n") +
        `\n    see ${v.helpUrl}`,
    );
  expect.soft(problems, `accessibility of "${name}" (${page.url()})`).toEqual([]);
}

/** At any width, and above all on a 375 px phone, nothing may stick out sideways. */
export async function expectNoSidewaysScroll(page: Page, name: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    return [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} ends at ${Math.round(el.getBoundingClientRect().right)}px of ${width}px`,
      );
  });
  expect.soft(overflow, `sideways scrolling on "${name}" (${page.url()})`).toEqual([]);
}

function firstLine(summary: string | undefined): string {
  return (summary ?? "").split("\n").slice(0, 2).join(" ").trim();
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

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** A page of its own (a browser context of its own, at desktop width), signed in as `email`. */
export async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(page, email);
  return page;
}

/** Screenshots (with the axe and sideways-scroll checks) at desktop width, then at phone width. */
export async function bothWidths(page: Page, prefix: string, name: string) {
  await page.setViewportSize(DESKTOP);
  await screenshot(page, `${prefix}-desktop-${name}`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `${prefix}-phone-${name}`);
  await page.setViewportSize(DESKTOP);
}

/** A real PNG of one colour: a picture by its content, for the upload fields. */
export function colourPng(name: string, [r, g, b]: [number, number, number], size = 48) {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(size * 3).fill(Buffer.from([r, g, b]))]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: size }, () => row)));
  const buffer = Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return { name, mimeType: "image/png", buffer };
}
