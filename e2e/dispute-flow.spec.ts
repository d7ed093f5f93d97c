import { type Browser, expect, type Page, test } from "@playwright/test";
import { moveDisputeBack } from "./disputes-clock.ts";
import { choose, screenshot, signIn } from "./helpers.ts";

// A dispute from start to end, as the three people involved live it: the buyer opens it with photos,
// the seller adds evidence and counter-proposes, the buyer escalates (its dates moved back 4 days, as if
// they had passed), a mediator rules "return and refund", the buyer ships the return and the seller
// confirms it arrived. The order (or-3011) is one no other spec disputes.

const BUYER = "buyer@demo.redress.test";
const SELLER = "seller@demo.redress.test";
const ADMIN = "admin@demo.redress.test";
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** A real 1×1 PNG; `padding` bytes after its end make it as large as needed (still a PNG by content). */
function pngFile(name: string, padding = 0) {
  const png = Buffer.from(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f90000000049454e44ae426082",
    "hex",
  );
  return { name, mimeType: "image/png", buffer: Buffer.concat([png, Buffer.alloc(padding)]) };
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signIn(page, email);
  return page;
}

/** A screenshot (with the axe and sideways-scroll checks) at desktop width, then at phone width. */
async function bothWidths(page: Page, name: string) {
  await screenshot(page, `dispute-flow-${name}`);
  await page.setViewportSize(PHONE);
  await screenshot(page, `dispute-flow-${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

const nextStep = (page: Page) => page.getByRole("region", { name: /./ }).filter({ hasText: "Next step" });

/** Slows the page's uploads down, so that their progress can be seen (and photographed). */
async function throttleUploads(page: Page, bytesPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: bytesPerSecond,
  });
  return () =>
    cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
}

async function buyerOpensDispute(buyer: Page, itemTitle: string) {
  await buyer.goto("/my/orders/or-3011");
  await expect(buyer.getByRole("heading", { name: "Open a dispute" })).toBeVisible();
  await buyer.getByRole("checkbox", { name: itemTitle }).check();
  await choose(buyer, "What is wrong?", "It is not as described");
  await buyer.getByRole("radio", { name: "Refund only (keep the items)" }).check();
  await buyer
    .getByLabel("Describe the problem")
    .fill("The listing shows brown leather boots; the pair I received is grey synthetic, see the photos.");

  // The browser checks each file first: one that is no photo, video or document is refused at its row.
  const files = buyer.locator("#dispute-evidence-input");
  await files.setInputFiles([
    { name: "notes.png", mimeType: "image/png", buffer: Buffer.from("just some text, not a picture") },
  ]);
  const refused = buyer.getByRole("list", { name: "Files not attached" });
  await expect(
    refused.getByText(/“notes\.png” cannot be attached: its content is not a photo/),
  ).toBeVisible();
  await screenshot(buyer, "dispute-flow-01-buyer-file-refused");
  await refused.getByRole("button", { name: "Remove notes.png" }).click();

  await files.setInputFiles([pngFile("boots-colour.png", 400_000), pngFile("boots-label.png", 400_000)]);
  const attached = buyer.getByRole("list", { name: "Attached files" });
  await expect(attached.getByRole("listitem")).toHaveCount(2);
  await expect(buyer.getByText("2 of 10 files attached.")).toBeVisible();
  await bothWidths(buyer, "02-buyer-form-with-photos");

  // Sent slowly, each photo shows its own progress, and the form says how far the upload is.
  const unthrottle = await throttleUploads(buyer, 200_000);
  await buyer.getByRole("button", { name: "Open the dispute" }).click();
  await expect(buyer.getByRole("progressbar", { name: "Upload of boots-colour.png" })).toBeVisible();
  await expect(buyer.getByRole("status").filter({ hasText: /Uploading evidence… \d+%/ })).toBeVisible();
  await buyer.screenshot({
    path: "test-results/screenshots/dispute-flow-03-buyer-uploading.png",
    fullPage: true,
  });
  await expect(buyer).toHaveURL(/\/disputes\/[^/]+$/, { timeout: 30_000 });
  await unthrottle();
}

test("a dispute from the buyer's photos to the seller's receipt of the return, with a mediator's ruling between", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const buyer = await signedInPage(browser, BUYER);
  const order = await (await buyer.request.get("/api/v1/me/orders/or-3011")).json();
  const boots = order.items.find((i: { id: string }) => i.id === "or-3011-1");
  await buyerOpensDispute(buyer, boots.title);

  // The dispute page: the photos are on the timeline, as downloads named with their kind and size.
  const heading = buyer.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^Dispute D-/);
  const disputeUrl = buyer.url();
  const disputeId = disputeUrl.split("/").pop() ?? "";
  const photos = buyer.getByRole("list", { name: "Evidence files" });
  await expect(photos.getByRole("link", { name: "boots-colour.png" })).toBeVisible();
  await expect(photos.getByRole("link", { name: "boots-label.png" })).toBeVisible();
  await expect(photos.getByText(/PNG image, 391 KB/).first()).toBeVisible();
  const download = await buyer.request.get(
    (await photos.getByRole("link", { name: "boots-colour.png" }).getAttribute("href")) ?? "",
  );
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
  await bothWidths(buyer, "04-buyer-dispute-opened");

  // The seller adds a photo of what was shipped, then counter-proposes a partial refund.
  const seller = await signedInPage(browser, SELLER);
  await seller.goto(disputeUrl);
  await expect(nextStep(seller).getByRole("heading", { name: "It is your turn" })).toBeVisible();
  await seller.getByRole("button", { name: "Add evidence" }).click();
  const sellerMessage = seller.getByLabel("What the files show");
  await expect(sellerMessage).toBeFocused();
  await seller.getByRole("button", { name: "Add the evidence" }).click();
  await expect(seller.getByText("Describe the evidence you send.")).toBeVisible();
  await expect(sellerMessage).toBeFocused();
  await sellerMessage.fill("The photo taken at packing: the listing's colour is 'stone', which looks grey.");
  await seller.locator("#evidence-files-input").setInputFiles([pngFile("packed-boots.png")]);
  await bothWidths(seller, "05-seller-adding-evidence");
  await seller.getByRole("button", { name: "Add the evidence" }).click();
  await expect(
    seller.getByRole("list", { name: "Evidence files" }).getByRole("link", { name: "packed-boots.png" }),
  ).toBeVisible();

  await seller.getByRole("radio", { name: "Partial refund (keep the items)" }).check();
  await seller.getByLabel("Amount of the partial refund (USD)").fill("25.00");
  await seller
    .getByLabel("Note to the other side (optional)")
    .fill("The colour is as listed; 25 dollars back?");
  await seller.getByRole("button", { name: "Send the proposal" }).click();
  await expect(nextStep(seller).getByRole("heading", { name: "Waiting for the buyer" })).toBeFocused();
  await bothWidths(seller, "06-seller-counter-proposed");

  // Four days later the buyer, who wants all the money back, hands the dispute to the platform.
  moveDisputeBack(disputeId, 4);
  await buyer.goto(disputeUrl);
  await expect(buyer.getByText("Partial refund of $25.00 (keep the items)").first()).toBeVisible();
  await buyer.getByRole("button", { name: "Escalate to the platform" }).click();
  await buyer
    .getByRole("dialog", { name: "Hand the dispute to the platform?" })
    .getByRole("button", { name: "Yes, escalate" })
    .click();
  await expect(nextStep(buyer).getByRole("heading", { name: "Waiting for the platform" })).toBeFocused();
  await bothWidths(buyer, "07-buyer-escalated");

  // The mediator weighs both sides' evidence and rules: the boots go back for a full refund.
  const admin = await signedInPage(browser, ADMIN);
  await admin.goto(`/console/disputes/${disputeId}`);
  await expect(admin.getByRole("heading", { level: 1, name: /^Dispute D-/ })).toBeVisible();
  const consoleTimeline = admin.locator("#timeline");
  await expect(consoleTimeline.getByRole("link", { name: "boots-colour.png" })).toBeVisible();
  await expect(consoleTimeline.getByRole("link", { name: "packed-boots.png" })).toBeVisible();
  await admin.getByRole("checkbox", { name: "Dispute opened" }).check();
  await admin.getByRole("checkbox", { name: "Evidence added" }).check();
  await admin.getByRole("radio", { name: /^Return and refund of/ }).check();
  await admin
    .getByLabel("Reasons (both sides read them)")
    .fill(
      "The buyer's photos show grey synthetic boots; the listing says brown leather. Return them for a refund.",
    );
  await bothWidths(admin, "08-mediator-ruling");
  await admin.getByRole("button", { name: "Send the ruling to both sides" }).click();
  await expect(admin.getByText("Outcome: Return and refund")).toBeVisible();

  // The buyer ships the boots back and gives the tracking number; an empty form says what it needs.
  await buyer.reload();
  await expect(nextStep(buyer).getByRole("heading", { name: "It is your turn" })).toBeVisible();
  await expect(buyer.getByRole("heading", { name: "Appeal the ruling" })).toBeVisible();
  await expect(buyer.getByText(/A different mediator reviews the dispute/)).toBeVisible();
  await bothWidths(buyer, "09-buyer-ruled-ship-return");
  await buyer.getByRole("button", { name: "Send the tracking number" }).click();
  await expect(buyer.getByText("Name the carrier.")).toBeVisible();
  await expect(buyer.getByLabel("Carrier")).toBeFocused();
  await buyer.getByLabel("Carrier").fill("UPS");
  await buyer.getByLabel("Tracking number").fill("1Z999AA10123456784");
  await buyer.getByRole("button", { name: "Send the tracking number" }).click();
  await expect(nextStep(buyer).getByRole("heading", { name: "Waiting for the seller" })).toBeFocused();
  await expect(buyer.getByText(/UPS/).first()).toBeVisible();
  await bothWidths(buyer, "10-buyer-return-shipped");

  // The seller confirms the boots came back; the dispute ends with the refund.
  await seller.reload();
  await expect(nextStep(seller).getByRole("heading", { name: "It is your turn" })).toBeVisible();
  await bothWidths(seller, "11-seller-return-on-its-way");
  await seller.getByRole("button", { name: "The return arrived" }).click();
  const dialog = seller.getByRole("dialog", { name: "Confirm that the return arrived?" });
  await expect(dialog.getByText(/The buyer is refunded as ruled/)).toBeVisible();
  await screenshot(seller, "dispute-flow-12-seller-confirm-dialog");
  await dialog.getByRole("button", { name: "Yes, it arrived" }).click();
  await expect(nextStep(seller).getByRole("heading", { name: "Nothing more to do" })).toBeFocused();
  await expect(nextStep(seller).getByText(/Resolved: .*\$129\.00/)).toBeVisible();
  await bothWidths(seller, "13-seller-resolved");

  await buyer.reload();
  await expect(buyer.getByText("Resolved", { exact: true }).first()).toBeVisible();
  await expect(nextStep(buyer).getByText(/Resolved: .*\$129\.00/)).toBeVisible();
  await expect(buyer.getByRole("button", { name: "Send the tracking number" })).toHaveCount(0);
  await bothWidths(buyer, "14-buyer-resolved");

  await buyer.context().close();
  await seller.context().close();
  await admin.context().close();
});
