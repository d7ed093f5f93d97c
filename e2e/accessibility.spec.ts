import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { pdfFile, screenshot, signIn } from "./helpers.ts";

// Every route of the app (src/web/app/router.tsx), as the user who would see it, on a desktop and on a
// 375 px phone: screenshot() scans each page with axe-core and checks that nothing scrolls sideways.

const WIDTHS = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } } as const;
type Width = keyof typeof WIDTHS;

const USERS = {
  buyer: "buyer@demo.redress.test",
  seller: "seller@demo.redress.test",
  rights: "rights@demo.redress.test",
  moderator: "moderator@demo.redress.test",
  admin: "admin@demo.redress.test",
  rudi: "rudi@demo.redress.test",
} as const;
type User = keyof typeof USERS | "guest";

/** What the pages with an id in their path are shown with: made here, on listings no other spec uses. */
interface Stories {
  decidedReport: string;
  decidedReference: string;
  decidedCase: string;
  statementPuid: string;
  appealedReport: string;
  appealId: string;
  guestTrackingPath: string;
  pendingRight: string;
}

type StoredState = Awaited<ReturnType<BrowserContext["storageState"]>>;
const sessions = new Map<User, StoredState>();
let stories: Stories;

async function signedIn(browser: Browser, user: User, width: Width = "desktop"): Promise<Page> {
  const context = await browser.newContext({ viewport: WIDTHS[width], storageState: sessions.get(user) });
  return context.newPage();
}

/** A state-changing API call from the page's session, with the Origin a browser would send. */
function post(
  page: Page,
  url: string,
  options: { data?: unknown; multipart?: Record<string, string | ReturnType<typeof pdfFile>> },
) {
  return page.request.post(url, { ...options, headers: { origin: new URL(page.url()).origin } });
}

async function fileReport(page: Page, listing: string, description: string) {
  const filed = await post(page, "/api/v1/reports", {
    data: {
      type: "listing_violation",
      targetUrls: [`${new URL(page.url()).origin}/shop/item/${listing}`],
      description,
      agreement: true,
      details: { violation: "off_platform" },
    },
  });
  expect(filed.status(), await filed.text()).toBe(201);
  return (await filed.json()) as { id: string; reference: string; trackingUrl?: string | null };
}

async function caseOf(page: Page, reportId: string): Promise<string> {
  const report = await (await page.request.get(`/api/v1/reports/${reportId}`)).json();
  return report.targets[0].caseId as string;
}

async function decide(page: Page, caseId: string, decision: Record<string, unknown>) {
  const detail = await (await page.request.get(`/api/v1/console/cases/${caseId}`)).json();
  const decided = await post(page, `/api/v1/console/cases/${caseId}/decision`, {
    data: { seenEventCount: detail.eventCount, ...decision },
  });
  expect(decided.status(), await decided.text()).toBe(200);
}

async function prepareStories(browser: Browser): Promise<Stories> {
  const buyer = await signedIn(browser, "buyer");
  await buyer.goto("/");
  const mod = await signedIn(browser, "moderator");
  await mod.goto("/");

  // A complaint about the demo seller's camping knife, decided with a removal: the seller's complaint
  // page, the reporter's outcome and the statement of reasons.
  const decided = await fileReport(
    buyer,
    "it-2004",
    "The seller asks buyers to pay by bank transfer outside the marketplace.",
  );
  const decidedCase = await caseOf(buyer, decided.id);
  await decide(mod, decidedCase, {
    outcome: "action_taken",
    actions: [{ type: "remove_listing" }],
    ground: {
      kind: "incompatible_content",
      termsSection: "Payments policy, section 2",
      explanation: "Asking buyers to pay outside the marketplace is not allowed.",
    },
    facts: "The listing asked buyers to pay by bank transfer outside the marketplace.",
  });
  const caseDetail = await (await mod.request.get(`/api/v1/console/cases/${decidedCase}`)).json();

  // A "no action" decision that the reporter appeals: the appeal page of the console.
  const appealed = await fileReport(
    buyer,
    "it-2011",
    "The listing offers 30% off for payment by bank transfer, off the platform.",
  );
  await decide(mod, await caseOf(buyer, appealed.id), { outcome: "no_action", reason: "not_violation" });
  const appeal = await post(buyer, `/api/v1/reports/${appealed.id}/appeal`, {
    data: {
      statement:
        "The listing text itself asks for a bank transfer, which is payment outside the marketplace.",
    },
  });
  expect(appeal.status(), await appeal.text()).toBe(201);
  const appealId = (await appeal.json()).id as string;

  // A guest's report, followed through its private link.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto("/");
  const guestFiled = await post(guest, "/api/v1/reports", {
    data: {
      type: "listing_violation",
      targetUrls: [`${new URL(guest.url()).origin}/shop/item/it-2012`],
      description: "This listing sells a cracked office suite licence key.",
      agreement: true,
      contactEmail: "guest-a11y@example.test",
      details: { violation: "off_platform" },
    },
  });
  expect(guestFiled.status(), await guestFiled.text()).toBe(201);
  const { trackingUrl } = await guestFiled.json();

  // A right waiting for verification.
  const rights = await signedIn(browser, "rights");
  await rights.goto("/");
  const right = await post(rights, "/api/v1/rights", {
    multipart: {
      right: JSON.stringify({
        type: "design",
        registrationNumber: `RCD ${Date.now()}-0001`,
        office: "EUIPO",
        ownerName: "Orbis Watches Ltd",
        validFrom: "2022-03-01",
        validTo: "2030-03-01",
      }),
      certificate: pdfFile("design-a11y.pdf"),
    },
  });
  expect(right.status(), await right.text()).toBe(201);
  const pendingRight = (await right.json()).id as string;

  for (const page of [buyer, mod, guest, rights]) await page.context().close();
  return {
    decidedReport: decided.id,
    decidedReference: decided.reference,
    decidedCase,
    statementPuid: caseDetail.decision.statementPuid,
    appealedReport: appealed.id,
    appealId,
    guestTrackingPath: new URL(trackingUrl).pathname + new URL(trackingUrl).search,
    pendingRight,
  };
}

const STORIES_FILE = path.resolve(`test-results/a11y-stories-${process.env.E2E_PORT ?? 3100}.json`);

/**
 * A failed test restarts the worker and runs beforeAll again: the stories made on this server are
 * kept in a file and used again while the server still knows them.
 */
async function storiesOnThisServer(browser: Browser): Promise<Stories> {
  if (fs.existsSync(STORIES_FILE)) {
    const saved = JSON.parse(fs.readFileSync(STORIES_FILE, "utf8")) as Stories;
    const mod = await signedIn(browser, "moderator");
    const known = await mod.request.get(`/api/v1/console/cases/${saved.decidedCase ?? "none"}`);
    await mod.context().close();
    if (known.ok()) return saved;
  }
  const made = await prepareStories(browser);
  fs.mkdirSync(path.dirname(STORIES_FILE), { recursive: true });
  fs.writeFileSync(STORIES_FILE, JSON.stringify(made));
  return made;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  for (const [user, email] of Object.entries(USERS)) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, email);
    sessions.set(user as User, await page.context().storageState());
    await page.context().close();
  }
  stories = await storiesOnThisServer(browser);
});

/** Waits until the page shows its content, not its loading placeholders. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page.locator("main .mantine-Skeleton-root")).toHaveCount(0);
}

const REPORT_TYPES = [
  "ip_rights_holder",
  "copyright",
  "listing_violation",
  "phishing",
  "suspicious_behavior",
  "illegal_promotion",
];

/** The pages each user sees, by a short name for the screenshot. */
function pagesOf(user: User): [string, string][] {
  const s = stories;
  switch (user) {
    case "guest":
      return [
        ["home", "/"],
        ["shop", "/shop"],
        ["listing", "/shop/item/it-2009"],
        ["store", "/shop/store/st-1003"],
        ["report-center", "/report"],
        ...REPORT_TYPES.map((type): [string, string] => [`form-${type}`, `/report/${type}`]),
        ["sign-in", "/sign-in"],
        ["sign-up", "/sign-up"],
        ["verify-email", "/verify-email"],
        ["verify-email-error", "/verify-email?error=invalid_token"],
        ["dev-mailbox", "/dev/mailbox"],
        ["track", s.guestTrackingPath],
        ["my-reports-signed-out", "/my/reports"],
        ["my-orders-signed-out", "/my/orders"],
        ["console-signed-out", "/console"],
        ["not-found", "/no-such-page"],
      ];
    case "buyer":
      return [
        ["my-reports", "/my/reports"],
        ["my-record", "/my/reports?box=record"],
        ["report-decided", `/my/reports/${s.decidedReport}`],
        ["report-appealed", `/my/reports/${s.appealedReport}`],
        ["report-submitted", `/report/submitted/${s.decidedReport}`],
        ["form-signed-in", "/report/listing_violation"],
        ["my-orders", "/my/orders"],
        ["order-disputable", "/my/orders/or-3007"],
        ["order-not-shipped", "/my/orders/or-3004"],
        ["my-disputes", "/my/disputes"],
      ];
    case "seller":
      return [
        ["received", "/my/reports?box=received"],
        ["received-complaint", `/my/received/${s.decidedCase}`],
        ["my-disputes-seller", "/my/disputes?role=seller"],
      ];
    case "rights":
      return [
        ["rights-vault", "/rights"],
        ["form-ip", "/report/ip_rights_holder"],
      ];
    case "rudi":
      return [
        ["standing", "/my/reports"],
        ["standing-record", "/my/reports?box=record"],
      ];
    case "moderator":
      return [
        ["console-queue", "/console"],
        ["console-case", `/console/cases/${s.decidedCase}`],
        ["console-statement", `/console/statements/${s.statementPuid}`],
        ["console-appeals", "/console/appeals"],
        ["console-counter-notices", "/console/counter-notices"],
        ["console-rights", "/console/rights"],
        ["console-right", `/console/rights/${s.pendingRight}`],
      ];
    case "admin":
      return [
        ["console-appeal", `/console/appeals/${s.appealId}`],
        ["console-suspensions", "/console/suspensions"],
        ["admin", "/admin"],
        ["admin-outcome-messages", "/admin/outcome-messages"],
        ["admin-trusted-flaggers", "/admin/trusted-flaggers"],
      ];
  }
}

const ALL_USERS: User[] = ["guest", "buyer", "seller", "rights", "rudi", "moderator", "admin"];

for (const width of Object.keys(WIDTHS) as Width[]) {
  for (const user of ALL_USERS) {
    test(`every page ${user === "guest" ? "a guest" : `the ${user}`} sees passes axe at ${WIDTHS[width].width} px`, async ({
      browser,
    }) => {
      // Each page is screenshotted and scanned: allow for that on a busy machine.
      test.setTimeout(30_000 * pagesOf(user).length);
      const page = await signedIn(browser, user, width);
      for (const [name, path] of pagesOf(user)) {
        await test.step(path, async () => {
          await visit(page, path);
          await screenshot(page, `a11y-${width}-${user}-${name}`);
        });
      }
      await page.context().close();
    });
  }
}

/** The focused element's own outline, or Mantine's ring drawn around it. */
async function focusIndicator(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      name:
        el.getAttribute("aria-label") ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent?.trim().slice(0, 60) ??
        "",
      tag: el.tagName.toLowerCase(),
      inMain: !!el.closest("main"),
      outline: style.outlineStyle !== "none" ? Number.parseFloat(style.outlineWidth) : 0,
      outlineColor: style.outlineColor,
    };
  });
}

test("keyboard focus is visible on every control of the report form", async ({ browser }) => {
  const page = await signedIn(browser, "guest");
  await visit(page, "/report/listing_violation");
  await page.locator("main h1").first().click();
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focus = await focusIndicator(page);
    if (!focus?.inMain) {
      if (seen.length > 0) break;
      continue;
    }
    expect.soft(focus.outline, `focus ring on ${focus.tag} "${focus.name}"`).toBeGreaterThanOrEqual(2);
    expect
      .soft(focus.outlineColor, `focus ring colour on ${focus.tag} "${focus.name}"`)
      .not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    seen.push(focus.name.trim());
  }
  // The main controls are all reached by the keyboard, in this order.
  const order = [
    "Link to the listing or store",
    "Which rule it breaks",
    "What is wrong?",
    "Your email",
    "Send report",
  ];
  const positions = order.map((name) => seen.findIndex((s) => s.startsWith(name)));
  expect(
    positions.every((p) => p >= 0),
    `tab stops: ${seen.join(" | ")}`,
  ).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);

  await page.getByLabel("Your email").focus();
  await screenshot(page, "a11y-desktop-form-focus");
  await page.context().close();
});

test("My Reports on a phone shows each sent report as a card with its status, dates and whole reference", async ({
  browser,
}) => {
  const phone = await signedIn(browser, "buyer", "phone");
  await visit(phone, "/my/reports");
  const cards = phone.getByRole("list", { name: "Reports I sent" }).getByRole("listitem");
  await expect(phone.getByRole("table", { name: "Reports I sent" })).toHaveCount(0);
  const card = cards.filter({ hasText: stories.decidedReference });
  await expect(card).toBeInViewport();
  for (const text of ["Decided", "Submitted", "Decision expected", "Listing rules violation"]) {
    await expect(card.getByText(text, { exact: true })).toBeInViewport();
  }
  // The reference stays on one line, however narrow the card.
  const reference = card.getByRole("link", { name: stories.decidedReference });
  const box = await reference.boundingBox();
  const lineHeight = await reference.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight));
  expect(box?.height ?? 0).toBeLessThanOrEqual(lineHeight * 1.2);
  await screenshot(phone, "a11y-phone-my-reports-cards");
  await reference.click();
  await expect(phone).toHaveURL(new RegExp(`/my/reports/${stories.decidedReport}$`));
  await phone.context().close();

  const desktop = await signedIn(browser, "buyer", "desktop");
  await visit(desktop, "/my/reports");
  await expect(desktop.getByRole("table", { name: "Reports I sent" })).toBeVisible();
  await desktop.context().close();
});

test("a notification has a named close button and opens below the header, clear of the account actions", async ({
  browser,
}) => {
  for (const width of Object.keys(WIDTHS) as Width[]) {
    // A session of its own: signing out ends it.
    const page = await (await browser.newContext({ viewport: WIDTHS.desktop })).newPage();
    await signIn(page, USERS.buyer);
    await page.setViewportSize(WIDTHS[width]);
    await page.goto("/shop"); // signing out leads home: the phone menu closes on the way
    if (width === "phone") await page.getByRole("button", { name: "Open menu" }).click();
    await page.getByRole("button", { name: "Sign out" }).click();
    const notice = page.getByRole("alert").filter({ hasText: "You are signed out." });
    await expect(notice).toBeVisible();
    await notice.hover(); // holds it open (it closes itself after a few seconds) while it is checked
    await expect(notice.getByRole("button", { name: "Close notification" })).toBeVisible();
    const header = await page.locator("header.app-header").boundingBox();
    const box = await notice.boundingBox();
    expect(box?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
    await screenshot(page, `a11y-${width}-notification`);
    await notice.getByRole("button", { name: "Close notification" }).click();
    await expect(notice).toHaveCount(0);
    await page.context().close();
  }
});
