import { type Browser, expect, type Page, test } from "@playwright/test";
import { choose, screenshot, signIn } from "./helpers.ts";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The same session on a 375 px wide phone. */
async function onPhone(browser: Browser, page: Page): Promise<Page> {
  const small = await browser.newContext({
    viewport: { width: 375, height: 812 },
    storageState: await page.context().storageState(),
  });
  return small.newPage();
}

const ORBIS_RIGHT = "Trademark EU 018000001 (EUIPO) — Orbis Watches Ltd";

/** Fills what every IP complaint needs besides its links, and sends it; answers the new report's id. */
async function fileIpComplaint(page: Page, description: string): Promise<string> {
  await choose(page, "Your IP right", ORBIS_RIGHT);
  await choose(page, "Reason", "Sells counterfeits of my brand");
  await page.getByLabel("What is wrong?").fill(description);
  await page.getByRole("checkbox", { name: /I confirm that the information in this report/ }).check();
  await page.getByRole("button", { name: "Send report" }).click();
  await page.waitForURL(/\/report\/submitted\//);
  await expect(page.getByRole("heading", { name: "Thank you — your report was sent" })).toBeVisible();
  return page.url().split("/").pop() ?? "";
}

async function caseOfReport(page: Page, reportId: string): Promise<string> {
  const report = await (await page.request.get(`/api/v1/reports/${reportId}`)).json();
  return report.targets[0].caseId as string;
}

test("a rights holder complains from its vault, the seller files a counter-notice, the holder replies, IP Protection decides", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const holder = await signedInPage(browser, "rights@demo.redress.test");
  const origin = new URL(holder.url()).origin;
  await holder.goto(`/report/ip_rights_holder?target=${encodeURIComponent(`${origin}/shop/item/it-2005`)}`);
  await expect(holder.getByRole("button", { name: "Import links from a CSV file" })).toBeVisible();
  await choose(holder, "Your IP right", ORBIS_RIGHT);
  await screenshot(holder, "60-ip-complaint-form");
  const reportId = await fileIpComplaint(
    holder,
    "These hiking boots carry the ORBIS trademark on the tongue without our licence.",
  );
  const caseId = await caseOfReport(holder, reportId);

  // IP Protection removes the listing (through the API: the decision dialog is covered by console.spec).
  const mod = await signedInPage(browser, "moderator@demo.redress.test");
  const detail = await (await mod.request.get(`/api/v1/console/cases/${caseId}`)).json();
  const decided = await mod.request.post(`/api/v1/console/cases/${caseId}/decision`, {
    headers: { origin: new URL(mod.url()).origin },
    data: {
      outcome: "action_taken",
      seenEventCount: detail.eventCount,
      actions: [{ type: "remove_listing" }],
      ground: {
        kind: "illegal_content",
        legalGround: "Regulation (EU) 2017/1001, Article 9 (EU trademark)",
        explanation: "The listing uses the registered ORBIS trademark without the owner's consent.",
      },
      facts: "The listing shows the ORBIS trademark on goods the trademark owner did not authorise.",
    },
  });
  expect(decided.status()).toBe(200);

  // The seller files a counter-notice from its received complaint.
  const seller = await signedInPage(browser, "seller@demo.redress.test");
  await seller.goto("/my/reports?box=received");
  await expect(seller.getByText("Hiking boots, waterproof").first()).toBeVisible();
  await screenshot(seller, "60b-seller-received");
  await seller.getByText("Hiking boots, waterproof").first().click();
  await expect(seller.getByRole("heading", { name: "Counter-notices" })).toBeVisible();
  await seller.getByRole("button", { name: "Send counter-notice" }).click();
  await expect(seller.getByText("Explain why the listing does not infringe")).toBeVisible();
  await seller
    .getByLabel("Why the listing does not infringe")
    .fill(
      "These boots are our own brand; the logo on the tongue is ours, not ORBIS. Invoices attached on request.",
    );
  await seller.getByRole("button", { name: "Send counter-notice" }).click();
  await expect(seller.getByText("Counter-notice 1 of 3")).toBeVisible();
  await expect(seller.getByText("Waiting for the rights holder")).toBeVisible();
  await screenshot(seller, "61-seller-counter-notice");

  // The rights holder replies from its report.
  await holder.goto(`/my/reports/${reportId}`);
  await expect(holder.getByRole("heading", { name: "The seller disputes your complaint" })).toBeVisible();
  await expect(holder.getByText("the logo on the tongue is ours")).toBeVisible();
  await holder
    .getByLabel("Your reply")
    .fill("The logo is our registered ORBIS mark, class 14 and 25; the seller has no licence.");
  await screenshot(holder, "62-holder-counter-notice-reply");
  await holder.getByRole("button", { name: "Send reply" }).click();
  await expect(holder.getByRole("heading", { name: "The seller disputes your complaint" })).toHaveCount(0);
  await expect(holder.getByText("Reply sent")).toBeVisible();

  // IP Protection decides the counter-notice.
  await mod.goto("/console");
  await mod.getByRole("link", { name: "Counter-notices" }).click();
  const notice = mod.getByRole("listitem", { name: "Hiking boots, waterproof" });
  await expect(notice.getByText("our registered ORBIS mark")).toBeVisible();
  await notice.getByRole("button", { name: "Keep it removed" }).click();
  await expect(notice.getByText("Give the reasons, in at least 20 characters.")).toBeVisible();
  await notice
    .getByLabel("Reasons")
    .fill("The mark on the boots is the registered ORBIS mark; the seller shows no licence.");
  await screenshot(mod, "63-console-counter-notices");
  await notice.getByRole("button", { name: "Keep it removed" }).click();
  await expect(mod.getByText("No counter-notice waits for a decision.")).toBeVisible();

  await seller.reload();
  await expect(seller.getByText("Kept removed")).toBeVisible();
  await expect(seller.getByText("Decision: the listing stays removed.")).toBeVisible();
  await screenshot(seller, "64-seller-counter-notice-decided");
  const phone = await onPhone(browser, seller);
  await phone.goto(`/my/received/${caseId}`);
  await expect(phone.getByRole("heading", { name: "Counter-notices" })).toBeVisible();
  await screenshot(phone, "65-seller-complaint-375");
});

test("a buyer appeals a 'no action' decision and a colleague reverses it", async ({ browser }) => {
  test.setTimeout(120_000);
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  const filed = await buyer.request.post("/api/v1/reports", {
    headers: { origin: new URL(buyer.url()).origin },
    data: {
      type: "listing_violation",
      targetUrls: [`${new URL(buyer.url()).origin}/shop/item/it-2016`],
      description: "The seller asks buyers to pay by bank transfer outside the marketplace.",
      agreement: true,
      details: { violation: "off_platform" },
    },
  });
  expect(filed.status()).toBe(201);
  const { id: reportId } = await filed.json();
  const caseId = await caseOfReport(buyer, reportId);

  const mod = await signedInPage(browser, "moderator@demo.redress.test");
  await mod.goto(`/console/cases/${caseId}`);
  await expect(mod.getByRole("button", { name: "Mark manifestly unfounded" })).toBeVisible();
  await mod.getByRole("button", { name: "Decide" }).click();
  const dialog = mod.getByRole("dialog", { name: "Decide this case" });
  await dialog.getByRole("radio", { name: "No action" }).check();
  await dialog.getByRole("radio", { name: "Not a violation" }).check();
  await dialog.getByRole("button", { name: "Confirm decision" }).click();
  await expect(mod.getByRole("region", { name: "Decision" })).toContainText("Not a violation");
  await screenshot(mod, "65b-console-no-action");

  // The reporter appeals from its report.
  await buyer.goto(`/my/reports/${reportId}`);
  await expect(buyer.getByRole("heading", { name: "Appeal this decision" })).toBeVisible();
  await buyer.getByRole("button", { name: "Send appeal" }).click();
  await expect(
    buyer.getByText("Say why the decision should change, in at least 20 characters."),
  ).toBeVisible();
  await buyer
    .getByLabel("Why should the decision change?")
    .fill(
      "The listing text says 'pay by bank transfer for 20% off', which is payment outside the marketplace.",
    );
  await screenshot(buyer, "66-reporter-appeal-form");
  await buyer.getByRole("button", { name: "Send appeal" }).click();
  await expect(buyer.getByRole("heading", { name: "Appeal under review" })).toBeVisible();

  // The moderator who decided does not see the appeal (others may wait for it); an admin reviews it.
  await mod.goto("/console/appeals");
  await expect(
    mod.getByRole("list", { name: "Appeals" }).or(mod.getByText("No appeal waits for you.")),
  ).toBeVisible();
  await expect(mod.getByRole("link", { name: "Organic cotton T-shirt" })).toHaveCount(0);
  await screenshot(mod, "66b-console-appeals-own-decision");
  const admin = await signedInPage(browser, "admin@demo.redress.test");
  await admin.goto("/console");
  await admin.getByRole("link", { name: "Appeals", exact: true }).click();
  await expect(admin.getByRole("link", { name: "Organic cotton T-shirt" })).toBeVisible();
  await screenshot(admin, "66c-console-appeals");
  await admin.getByRole("link", { name: "Organic cotton T-shirt" }).click();
  await expect(admin.getByRole("heading", { name: "The decision under appeal" })).toBeVisible();
  await expect(admin.getByText("Decided by Mo Moderator")).toBeVisible();
  await admin.getByRole("radio", { name: "Reverse the decision" }).check();
  await admin
    .getByLabel("Reasons (sent to both sides)")
    .fill("The listing does ask for payment outside the marketplace; the case is reviewed again.");
  await screenshot(admin, "67-console-appeal");
  await admin.getByRole("button", { name: "Decide appeal" }).click();
  await expect(admin.getByText("The decision was reversed.")).toBeVisible();

  await buyer.reload();
  await expect(
    buyer.getByRole("heading", { name: "Appeal succeeded: the decision was reversed" }),
  ).toBeVisible();
  await screenshot(buyer, "68-reporter-appeal-reversed");
  const phone = await onPhone(browser, buyer);
  await phone.goto(`/my/reports/${reportId}`);
  await expect(
    phone.getByRole("heading", { name: "Appeal succeeded: the decision was reversed" }),
  ).toBeVisible();
  await screenshot(phone, "69-reporter-appeal-375");
});

test("a rights holder imports the links of a complaint from a CSV file", async ({ browser }) => {
  const holder = await signedInPage(browser, "rights@demo.redress.test");
  const origin = new URL(holder.url()).origin;
  const links = ["it-2013", "it-2017", "it-2010", "it-2014", "it-2018"].map(
    (id) => `${origin}/shop/item/${id}`,
  );
  const csv = ["url;note", ...links.map((link, i) => `"${link}";listing ${i + 1}`), `${links[0]};again`].join(
    "\n",
  );
  await holder.goto("/report/ip_rights_holder");
  await holder
    .locator("#report-field-targets-csv")
    .setInputFiles({ name: "links.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(holder.getByText("5 links imported.")).toBeVisible();
  await expect(holder.getByLabel("Links to the listings or stores")).toHaveValue(links.join("\n"));
  const reportId = await fileIpComplaint(holder, "All five listings sell counterfeit ORBIS goods.");
  await holder.goto(`/my/reports/${reportId}`);
  await expect(holder.getByText("0 of 5 decided")).toBeVisible();
  await expect(holder.getByRole("list", { name: "Reported links" }).getByRole("listitem")).toHaveCount(5);
  await screenshot(holder, "70-ip-complaint-csv");
});
