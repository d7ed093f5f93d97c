import { expect, type Page, test } from "@playwright/test";
import { bothWidths, colourPng, screenshot, signedInPage } from "./helpers.ts";

// Messages: the demo buyer finds the store's request to pay a "customs fee" outside the marketplace
// flagged (order or-3005, seeded by the demo), reports it as phishing in one click and finds the report in
// My Reports, where Fraud & Security read it through the case. Then the buyer writes to Sam's Gadget Corner
// from its store page with a photo, and the seller sees the unread count and replies.

const shots = (page: Page, name: string) => bothWidths(page, "messages", name);

/** The header's Messages link, whatever it says about unread messages. */
const messagesLink = (page: Page) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Messages/ });

test("a store's request to pay off the platform is flagged; the buyer reports it as phishing and finds it in My Reports", async ({
  browser,
}) => {
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  await expect(messagesLink(buyer)).toHaveAccessibleName("Messages, 1 unread");
  await messagesLink(buyer).click();
  const list = buyer.getByRole("list", { name: "Messages" });
  const thread = list.getByRole("listitem").filter({ hasText: "Sam's Outdoor Supply" });
  await expect(thread.getByText("Order or-3005")).toBeVisible();
  await shots(buyer, "1-buyer-list");

  await thread
    .getByRole("link", { name: /Open the conversation with Sam's Outdoor Supply, 1 unread/ })
    .click();
  await expect(buyer.getByRole("heading", { name: "Conversation with Sam's Outdoor Supply" })).toBeVisible();
  const scam = buyer.getByRole("listitem").filter({ hasText: "customs fee" });
  await expect(scam.getByText("The store asks you to pay outside the marketplace")).toBeVisible();
  await expect(scam.getByText("The store wants to talk outside the marketplace")).toBeVisible();
  // The blocked domain is no link at all; the other external link says where it leads.
  await expect(scam.getByRole("link", { name: /customs-release\.top/ })).toHaveCount(0);
  await expect(scam.getByLabel(/^Blocked link: customs-release\.top\/pay/)).toBeVisible();
  await expect(scam.getByText("parcel-track.info · leaves the marketplace")).toBeVisible();
  const external = scam.getByRole("link", { name: "https://parcel-track.info/JD01463005" });
  await expect(external).toHaveAttribute("rel", "noopener noreferrer nofollow ugc");
  // The header no longer counts it: the conversation is read.
  await expect(messagesLink(buyer)).toHaveAccessibleName("Messages");
  await shots(buyer, "2-buyer-warned");

  await external.click();
  const leaving = buyer.getByRole("dialog", { name: "You are leaving the marketplace" });
  await expect(leaving.getByText(/leads to parcel-track\.info/)).toBeVisible();
  await screenshot(buyer, "messages-desktop-3-buyer-leaving");
  await leaving.getByRole("button", { name: "Stay here" }).click();
  await expect(leaving).toHaveCount(0);

  await scam.getByRole("button", { name: "Report as phishing" }).click();
  const confirm = buyer.getByRole("dialog", { name: "Report this message as phishing?" });
  await expect(confirm.getByText(/you do not need to copy anything/)).toBeVisible();
  await shots(buyer, "4-buyer-confirms");
  await confirm.getByRole("button", { name: "Report it" }).click();
  const done = scam.getByRole("status").filter({ hasText: /Reported as R-/ });
  await expect(done).toBeVisible();
  await shots(buyer, "5-buyer-reported");

  await done.getByRole("link", { name: "Open the report" }).click();
  await expect(
    buyer.getByText(/Message from Sam's Outdoor Supply on \d{4}-\d{2}-\d{2}/).first(),
  ).toBeVisible();
  await shots(buyer, "6-buyer-report-page");
  await buyer.goto("/my/reports");
  await expect(buyer.getByText(/Message from Sam's Outdoor Supply on/).first()).toBeVisible();
  await shots(buyer, "7-buyer-my-reports");

  // Fraud & Security read the reported message, and only its conversation, through the case.
  const moderator = await signedInPage(browser, "moderator@demo.redress.test");
  await moderator.goto("/console?department=fraud_security");
  await moderator
    .getByRole("link", { name: /Message from Sam's Outdoor Supply/ })
    .first()
    .click();
  const kept = moderator.getByRole("region", { name: "The reported message" });
  await expect(kept.getByText(/pay the 25 EUR customs fee/)).toBeVisible();
  await expect(kept.getByText("https://parcel-track.info/JD01463005", { exact: true })).toBeVisible();
  const conversation = moderator.getByRole("region", { name: "Its conversation" });
  await expect(conversation.getByText("The message that was reported")).toBeVisible();
  await shots(moderator, "8-staff-case");

  await moderator.goto("/console");
  await moderator.getByRole("link", { name: "Blocked link domains" }).click();
  await expect(moderator.getByText("customs-release.top", { exact: true })).toBeVisible();
  await moderator.getByRole("textbox", { name: /^Domain/ }).fill("https://www.Fake-Bank-Login.top/verify");
  await moderator.getByRole("button", { name: "Block it" }).click();
  // No reason: said at its field, and the focus is there.
  const reason = moderator.getByRole("textbox", { name: /^Why it is blocked/ });
  await expect(moderator.getByText("Say why links to it are blocked.")).toBeVisible();
  await expect(reason).toBeFocused();
  await reason.fill("Copies a bank's sign-in page to steal passwords.");
  await moderator.getByRole("button", { name: "Block it" }).click();
  await expect(moderator.getByText("fake-bank-login.top", { exact: true })).toBeVisible();
  await shots(moderator, "9-staff-blocklist");
  for (const page of [buyer, moderator]) await page.context().close();
});

test("a buyer writes to a store from its page with a photo; the seller sees the unread count and replies", async ({
  browser,
}) => {
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  await buyer.goto("/shop/store/st-1001");
  await buyer.getByRole("link", { name: "Contact the seller" }).click();
  await expect(buyer.getByRole("heading", { name: "Write to Sam's Gadget Corner" })).toBeVisible();
  // Nothing written: the field says so and nothing is sent.
  await buyer.getByRole("button", { name: "Send" }).click();
  await expect(buyer.getByText("Write a message.")).toBeVisible();
  await shots(buyer, "10-buyer-first-message");
  await buyer
    .getByLabel("Your message")
    .fill("Hello! Does the phone case come in blue? Here is the colour I mean.");
  await buyer.locator("#first-files-input").setInputFiles([colourPng("blue.png", [40, 90, 200])]);
  await expect(buyer.getByRole("list", { name: "Attached files" }).getByRole("listitem")).toHaveCount(1);
  await buyer.getByRole("button", { name: "Send" }).click();
  await expect(buyer.getByRole("heading", { name: "Conversation with Sam's Gadget Corner" })).toBeVisible();
  const mine = buyer.getByRole("listitem").filter({ hasText: "Does the phone case come in blue?" });
  await expect(mine.getByRole("link", { name: /Download blue\.png/ })).toBeVisible();
  await shots(buyer, "11-buyer-sent");

  const seller = await signedInPage(browser, "seller@demo.redress.test");
  await expect(messagesLink(seller)).toHaveAccessibleName("Messages, 1 unread");
  await messagesLink(seller).click();
  await expect(seller.getByRole("radio", { name: /My stores \(1 unread\)/ })).toBeChecked();
  await shots(seller, "12-seller-list");
  await seller
    .getByRole("link", { name: /Open the conversation with Bea B\. · Sam's Gadget Corner/ })
    .click();
  const question = seller.getByRole("listitem").filter({ hasText: "Does the phone case come in blue?" });
  const photo = question.getByRole("link", { name: /Download blue\.png/ });
  const served = await seller.request.get((await photo.getAttribute("href"))!);
  expect(served.headers()["content-disposition"]).toMatch(/^attachment;/);
  // The store's own message is never flagged nor reportable by the store.
  await expect(question.getByRole("button", { name: "Report as phishing" })).toHaveCount(0);
  await seller.getByLabel("Your message").fill("Yes, it does! I have added the blue one to the listing.");
  await seller.getByRole("button", { name: "Send" }).click();
  await expect(seller.getByRole("listitem").filter({ hasText: "I have added the blue one" })).toBeVisible();
  await expect(messagesLink(seller)).toHaveAccessibleName("Messages");
  await shots(seller, "13-seller-replied");

  await buyer.reload();
  await expect(buyer.getByRole("listitem").filter({ hasText: "I have added the blue one" })).toBeVisible();
  await buyer.goto("/shop/store/st-1001");
  const replies = buyer.getByRole("region", { name: "Replies to buyers" });
  await expect(replies.getByText(/Usually replies within \d+ minutes?/)).toBeVisible();
  await shots(buyer, "14-store-responsiveness");
  for (const page of [buyer, seller]) await page.context().close();
});
