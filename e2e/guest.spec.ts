import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { choose, screenshot, signIn } from "./helpers.ts";

const AGREEMENT = /I confirm that the information in this report/;
// State-changing requests with a session cookie must come from the app's own pages.
const ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** A moderator's decision through the API (the decision dialog is covered by console.spec). */
async function decide(mod: APIRequestContext, caseId: string, decision: Record<string, unknown>) {
  const detail = await (await mod.get(`/api/v1/console/cases/${caseId}`)).json();
  const answer = await mod.post(`/api/v1/console/cases/${caseId}/decision`, {
    headers: { origin: ORIGIN },
    data: { seenEventCount: detail.eventCount, ...decision },
  });
  expect(answer.status(), await answer.text()).toBe(200);
}

async function removeListing(mod: APIRequestContext, caseId: string, action: Record<string, unknown>) {
  await decide(mod, caseId, {
    outcome: "action_taken",
    actions: [action],
    ground: {
      kind: "incompatible_content",
      termsSection: "Listing rules, section 4",
      explanation: "The listing breaks the listing rules of the marketplace.",
    },
    facts: "The listing offers goods that the listing rules of the marketplace do not allow.",
  });
}

/** A guest's report through the API (the form is covered by report-center.spec and report-form.spec). */
async function guestReport(request: APIRequestContext, origin: string, listing: string, details: object) {
  const email = `guest-${listing}-${Date.now()}@example.test`;
  const answer = await request.post("/api/v1/reports", {
    headers: { origin },
    data: {
      type: "suspicious_behavior",
      targetUrls: [`${origin}/shop/item/${listing}`],
      description: "The seller sends buyers to a payment page outside the marketplace.",
      contactEmail: email,
      agreement: true,
      details,
    },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  return { ...(await answer.json()), email };
}

test("a guest follows everything from its private link: answers the moderator, sees the decision, appeals", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const guest = await (await browser.newContext()).newPage();
  await guest.goto("/report/listing_violation");
  const origin = new URL(guest.url()).origin;
  await guest.getByLabel("Link to the listing or store").fill(`${origin}/shop/item/it-2007`);
  await choose(guest, "Which rule it breaks", "Counterfeit or replica goods");
  await guest
    .getByLabel("What is wrong?")
    .fill("An 'inspired' watch with the Orbis crown on the dial: a replica.");
  const email = `guest-track-${Date.now()}@example.test`;
  await guest.getByLabel("Your email").fill(email);
  await guest.getByRole("checkbox", { name: AGREEMENT }).check();
  await guest.getByRole("button", { name: "Send report" }).click();
  await expect(guest.getByTestId("report-reference")).toHaveText(/R-[0-9A-Z]{8}/);
  const reportId = guest.url().split("/").pop() ?? "";
  const trackingUrl = await guest.getByLabel("Private tracking link").inputValue();
  const token = new URL(trackingUrl).searchParams.get("token");
  expect(token).toBeTruthy();

  // The decision email of older reports links to My Reports: in this tab, it leads to the private page.
  await guest.goto(`/my/reports/${reportId}`);
  await expect(guest).toHaveURL(/\/track\//);

  const report = await (await guest.request.get(`/api/v1/reports/${reportId}?token=${token}`)).json();
  const caseId = report.targets[0].caseId;
  const mod = await signedInPage(browser, "moderator@demo.redress.test");
  const asked = await mod.request.post(`/api/v1/console/cases/${caseId}/request-info`, {
    headers: { origin },
    data: { message: "Which brand does the watch copy, and where on the listing is the logo?", days: 7 },
  });
  expect(asked.status(), await asked.text()).toBe(200);

  // In a new browser, with nothing but the link: the same page a member sees.
  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto(trackingUrl);
  await expect(
    elsewhere.getByRole("heading", { name: "The moderator needs more information" }),
  ).toBeVisible();
  await elsewhere
    .getByLabel("Your answer")
    .fill("It copies Orbis: the crown logo is on the dial in the second photo.");
  await screenshot(elsewhere, "86-guest-info-request");
  await elsewhere.getByRole("button", { name: "Send answer" }).click();
  await expect(elsewhere.getByRole("heading", { name: "The moderator needs more information" })).toHaveCount(
    0,
  );

  await decide(mod.request, caseId, { outcome: "no_action", reason: "insufficient_evidence" });
  await elsewhere.reload();
  await expect(elsewhere.getByRole("heading", { name: "Decision", exact: true })).toBeVisible();
  await expect(elsewhere.getByRole("heading", { name: "Appeal this decision" })).toBeVisible();
  await elsewhere
    .getByLabel("Why should the decision change?")
    .fill(
      "The second photo shows the Orbis crown logo on the dial; the brand does not sell through this store.",
    );
  await elsewhere.getByRole("button", { name: "Send appeal" }).click();
  await expect(elsewhere.getByRole("heading", { name: "Appeal under review" })).toBeVisible();
  // The page as the guest finds it when it comes back (the "Appeal sent" notification is another matter).
  await elsewhere.reload();
  await expect(elsewhere.getByRole("heading", { name: "Appeal under review" })).toBeVisible();
  await screenshot(elsewhere, "87-guest-appealed");

  const phone = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  await phone.goto(trackingUrl);
  await expect(phone.getByRole("heading", { name: "Appeal under review" })).toBeVisible();
  await screenshot(phone, "88-guest-tracking-375");
});

test("a broken private link offers “Find my report”, which never says whether a report exists", async ({
  page,
}) => {
  await page.goto("/track/0190a5b2-0000-7000-8000-000000000000?token=not-the-right-one");
  await expect(page.getByRole("heading", { name: "This private link does not work" })).toBeVisible();
  await page.getByRole("button", { name: "Send me a new link" }).click();
  await expect(page.getByText("Enter the reference as it stands in your receipt")).toBeVisible();
  await screenshot(page, "89-track-broken-link");

  await page.getByLabel("Reference").fill("r-00000000");
  await page.getByLabel("Your email").fill("nobody@example.test");
  await page.getByRole("button", { name: "Send me a new link" }).click();
  await expect(
    page.getByText("If that reference belongs to that email, we have sent a new private link to it."),
  ).toBeVisible();

  // The same from the Report Center, for a report that does exist: the new link arrives by mail.
  const origin = new URL(page.url()).origin;
  const created = await guestReport(page.request, origin, "it-2013", { behavior: "scam" });
  const email = created.email;
  await page.goto("/report");
  await page.getByRole("link", { name: "Find my report" }).click();
  await page.getByLabel("Reference").fill(created.reference);
  await page.getByLabel("Your email").fill(email);
  await page.getByRole("button", { name: "Send me a new link" }).click();
  await expect(page.getByText(/If that reference belongs to that email/)).toBeVisible();
  await screenshot(page, "90-find-my-report");
  await expect
    .poll(async () => {
      const mails = (await (await page.request.get("/api/v1/dev/mailbox")).json()).items;
      return mails.filter((m: { to: string }) => JSON.stringify(m).includes(email)).length;
    })
    .toBeGreaterThan(1);
});

test("a removed listing says so, without its price and without “Report this item”; a restricted one says where", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const mod = await signedInPage(browser, "moderator@demo.redress.test");
  const origin = new URL(mod.url()).origin;
  const reporter = (await browser.newContext()).request;
  const removed = await guestReport(reporter, origin, "it-2012", { behavior: "scam" });
  await removeListing(mod.request, removed.targets[0].caseId, { type: "remove_listing" });
  const restricted = await guestReport(reporter, origin, "it-2015", { behavior: "other" });
  await removeListing(mod.request, restricted.targets[0].caseId, {
    type: "restrict_listing",
    territories: ["DE", "FR"],
  });

  const visitor = await (await browser.newContext({ locale: "en-DE" })).newPage();
  await visitor.goto("/shop/item/it-2012");
  await expect(visitor.getByText("This listing was removed")).toBeVisible();
  await expect(visitor.getByText("No longer for sale")).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Report this item" })).toHaveCount(0);
  await screenshot(visitor, "91-shop-removed-listing");

  await visitor.goto("/shop/item/it-2015");
  await expect(visitor.getByText("Not available in Germany")).toBeVisible();
  await expect(visitor.getByText(/buyers in Germany, France cannot see or order this listing/)).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Report this item" })).toBeVisible();

  // In the grid: the removed card shows no price.
  await visitor.goto("/shop/store/st-1005");
  const card = visitor.getByRole("article", { name: /Office suite lifetime key/ });
  await expect(card).toContainText("No longer for sale");
  await expect(card).toContainText("Removed");
  await screenshot(visitor, "92-shop-store-with-removed-listing");
});
