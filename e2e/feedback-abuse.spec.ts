import { expect, type Page, test } from "@playwright/test";
import { bothWidths, DESKTOP, signedInPage } from "./helpers.ts";

// Abusive ratings: the demo buyer rates an order of Sam's Outdoor Supply (or-3007) with an insult, the
// seller's feedback on the buyer shows it, and the seller reports it from its store page. Marketplace
// Integrity hides it; the store page no longer shows it, and the buyer finds it marked hidden in its
// order and the decision, with the way to appeal, in My Reports → Received. The order is one the
// ratings spec leaves alone, and another store than its own, so that its figures stay as it expects.

const shots = (page: Page, name: string) => bothWidths(page, "feedback-abuse", name);

const INSULT = "The seller is a clown and a crook, and everyone in that shop is useless.";
const BOOTS = "Hiking boots, waterproof";

/**
 * Gives `stars` in the star group named `name` as a person does: a click on the star, or for one star the
 * space bar on it (the drawn "no stars" overlaps the first star, so a click there would clear the group).
 */
async function giveStars(page: Page, name: string, stars: number) {
  const group = page.getByRole("radiogroup", { name });
  const radio = group.getByRole("radio", { name: `${stars} star${stars === 1 ? "" : "s"}`, exact: true });
  if (stars === 1) {
    await radio.focus();
    await page.keyboard.press("Space");
  } else await page.locator(`label[for="${await radio.getAttribute("id")}"]`).click();
  await expect(radio).toBeChecked();
}

async function buyerRatesWithAnInsult(buyer: Page) {
  await buyer.goto("/my/orders/or-3007");
  const section = buyer.getByRole("region", { name: "Rate this order" });
  await giveStars(buyer, BOOTS, 1);
  await section.getByLabel(`What you think of “${BOOTS}” (optional)`).fill(INSULT);
  await giveStars(buyer, "Folding camping knife, 8 cm blade", 4);
  for (const field of ["Item as described", "Communication", "Shipping speed"])
    await giveStars(buyer, field, 2);
  await section.getByRole("button", { name: "Send my ratings" }).click();
  await expect(buyer.getByRole("region", { name: "Your ratings" }).getByText(INSULT)).toBeVisible();
}

/** The seller's feedback on the buyer ends the double-blind wait: the buyer's ratings are shown. */
async function sellerRatesTheBuyer(seller: Page) {
  await seller.goto("/shop/store/st-1002");
  const orders = seller.getByRole("list", { name: "Orders waiting for your feedback" });
  const order = orders.locator(":scope > li").filter({ hasText: "or-3007" });
  await order.getByRole("radio", { name: "Neutral" }).check();
  await order.getByRole("button", { name: "Send the feedback" }).click();
  await expect(orders.locator(":scope > li").filter({ hasText: "or-3007" })).toHaveCount(0);
}

const ratingOf = (page: Page) =>
  page.getByRole("list", { name: "Ratings of this store" }).getByRole("listitem").filter({ hasText: INSULT });

test("a seller reports an insulting rating; Marketplace Integrity hides it; its buyer sees why and may appeal", async ({
  browser,
}) => {
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  await buyerRatesWithAnInsult(buyer);
  // The buyer's own order offers no report of its own rating.
  await expect(buyer.getByRole("button", { name: /^Report/ })).toHaveCount(0);

  const seller = await signedInPage(browser, "seller@demo.redress.test");
  await sellerRatesTheBuyer(seller);
  await seller.reload();
  const rating = ratingOf(seller);
  const report = rating.getByRole("button", { name: `Report the rating by Bea B. of ${BOOTS}` });
  await expect(report).toHaveText("Report");
  await report.click();

  const dialog = seller.getByRole("dialog", { name: "Report this rating" });
  await expect(dialog.getByRole("radio", { name: /^It is not about the order/ })).toBeFocused();
  // No reason: said at the reasons, the focus goes to the first, and nothing is sent.
  await dialog.getByRole("button", { name: "Send the report" }).click();
  await expect(dialog.getByText("Choose why this rating breaks the rules.")).toBeVisible();
  await expect(dialog.getByRole("radio", { name: /^It is not about the order/ })).toBeFocused();
  await dialog.getByRole("radio", { name: /^It insults someone/ }).check();
  const note = "It calls us crooks; the boots were delivered on time and as described.";
  await dialog.getByLabel("Anything the moderators should know (optional)").fill(note);
  await expect(dialog.getByText(`${note.length} of 2000 characters`)).toBeVisible();
  await shots(seller, "1-seller-reports");

  await dialog.getByRole("button", { name: "Send the report" }).click();
  const sent = dialog.getByRole("status").filter({ hasText: /Report sent: R-/ });
  await expect(sent).toBeVisible();
  const title = await sent.getByText(/^Report sent: R-/).textContent();
  const reference = title?.replace("Report sent: ", "").trim() ?? "";
  expect(reference).not.toBe("");
  await shots(seller, "2-seller-report-sent");
  await dialog.getByRole("button", { name: "Done" }).click();
  const reported = rating.getByRole("button", { name: `Reported: the rating by Bea B. of ${BOOTS}` });
  await expect(reported).toBeFocused();

  // Once per rating: a second try, after the page forgot the first, is sent to the first report.
  await seller.reload();
  await ratingOf(seller)
    .getByRole("button", { name: /^Report the rating by Bea B\./ })
    .click();
  await dialog.getByRole("radio", { name: /^A competitor wrote it/ }).check();
  await dialog.getByRole("button", { name: "Send the report" }).click();
  await expect(dialog.getByText(`You already reported this rating (${reference}).`)).toBeVisible();
  await dialog.getByRole("link", { name: "Open the report" }).click();
  await expect(seller.getByRole("heading", { name: `Report ${reference}` })).toBeVisible();
  await expect(seller.getByText("Abusive rating").first()).toBeVisible();
  await shots(seller, "3-seller-report-page");
  await seller.goto("/my/reports");
  await expect(seller.getByText(reference).first()).toBeVisible();

  // Marketplace Integrity reads the rating as kept and can only hide it.
  const moderator = await signedInPage(browser, "moderator@demo.redress.test");
  await moderator.goto("/console?department=marketplace_integrity");
  await moderator
    .getByRole("link", { name: new RegExp(`Rating of “${BOOTS}”`) })
    .first()
    .click();
  const kept = moderator.getByRole("region", { name: "The reported rating" });
  await expect(kept.getByText(INSULT)).toBeVisible();
  await expect(kept.getByText(`On “${BOOTS}” from Sam's Outdoor Supply`)).toBeVisible();
  await expect(kept.getByText(/Shown on the store and item pages/)).toBeVisible();
  await moderator.getByRole("button", { name: "Claim case" }).click();
  await moderator.getByRole("button", { name: "Decide" }).click();
  const decide = moderator.getByRole("dialog", { name: "Decide this case" });
  await decide.getByRole("radio", { name: "Action taken" }).check();
  await expect(decide.getByRole("checkbox")).toHaveCount(1);
  await decide.getByRole("checkbox", { name: "Hide the rating" }).check();
  await decide.getByRole("radio", { name: "Against our terms" }).check();
  await decide.getByLabel("Terms section").fill("Feedback rules, section 3: no insults");
  await decide
    .getByLabel("Explanation")
    .fill("The rating insults the seller instead of describing the order.");
  await decide
    .getByLabel("Facts and circumstances (no personal data)")
    .fill("The rating calls the seller a clown and a crook and says nothing about the item or its delivery.");
  await shots(moderator, "4-staff-decides");
  await decide.getByRole("button", { name: "Confirm decision" }).click();
  await expect(moderator.getByRole("region", { name: "Decision" }).getByText("Rating hidden")).toBeVisible();
  await expect(kept.getByText("Hidden", { exact: true })).toBeVisible();
  await shots(moderator, "5-staff-decided");

  // Off the store page, for everyone.
  const guest = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await guest.goto("/shop/store/st-1002");
  await expect(guest.getByRole("region", { name: "Store rating" })).toBeVisible();
  await expect(guest.getByText(INSULT)).toHaveCount(0);
  await seller.goto("/shop/store/st-1002");
  await expect(seller.getByRole("region", { name: "Store rating" })).toBeVisible();
  await expect(seller.getByText(INSULT)).toHaveCount(0);
  // The store's seller does not receive the case about its buyer's rating.
  await seller.goto("/my/reports?box=received");
  await expect(seller.getByRole("link", { name: new RegExp(`ating of “${BOOTS}”`) })).toHaveCount(0);

  // Its buyer still sees it, marked hidden, with the way to the decision and to appeal it.
  await buyer.goto("/my/orders/or-3007");
  const mine = buyer.getByRole("region", { name: "Your ratings" });
  await expect(mine.getByText(/^Hidden after a report on/)).toBeVisible();
  await expect(mine.getByText(INSULT)).toBeVisible();
  await shots(buyer, "6-buyer-order");
  await mine.getByRole("link", { name: "My Reports → Received" }).click();
  const received = buyer.getByRole("list", { name: "Complaints about my stores and ratings" });
  const complaint = received.getByRole("listitem").filter({ hasText: BOOTS });
  await expect(complaint.getByText("Rating hidden")).toBeVisible();
  await shots(buyer, "7-buyer-received");
  // Worded by the web from the rated item and the rating's date, not the server's English title.
  await complaint.getByRole("link", { name: new RegExp(`^Your rating of “${BOOTS}” \\(.+\\)$`) }).click();
  await expect(buyer.getByRole("heading", { name: new RegExp(`^Your rating of “${BOOTS}”`) })).toBeVisible();
  await expect(buyer).toHaveTitle(new RegExp(`Complaint about your rating of “${BOOTS}”`));
  await expect(buyer.getByText("Complaint about your rating", { exact: true })).toBeVisible();
  const decision = buyer.getByRole("region", { name: "Decision" });
  await expect(decision.getByText("Rating hidden")).toBeVisible();
  await expect(decision.getByText(/Your rating is hidden/)).toBeVisible();
  await expect(buyer.getByRole("heading", { name: "Statement of reasons" })).toBeVisible();
  // Who reported is not told.
  await expect(buyer.getByText("seller@demo.redress.test")).toHaveCount(0);
  const appeal = buyer.getByRole("region", { name: "Appeal the decision" });
  await expect(appeal.getByRole("button", { name: "Send appeal" })).toBeVisible();
  await shots(buyer, "8-buyer-decision");
  await appeal
    .getByLabel("Why should the decision change?")
    .fill("My rating says how the seller spoke to me when I asked about the return of the boots.");
  await appeal.getByRole("button", { name: "Send appeal" }).click();
  await expect(buyer.getByRole("heading", { name: "Appeal under review" })).toBeVisible();

  // A colleague of the moderator reviews the appeal and reads that a rating was hidden, not "content".
  const admin = await signedInPage(browser, "admin@demo.redress.test");
  await admin.goto("/console/appeals");
  const appealCard = admin.getByRole("listitem").filter({ hasText: BOOTS });
  await expect(appealCard.getByText("Action taken — Rating hidden")).toBeVisible();
  await appealCard.getByRole("link", { name: new RegExp(`Rating of “${BOOTS}”`) }).click();
  const underAppeal = admin.getByRole("region", { name: "The decision under appeal" });
  await expect(underAppeal.getByRole("list", { name: "Actions of the decision" })).toHaveText(
    "Rating hidden",
  );
  // Its buyer appealed as the rating's author, not as a seller; reversing shows the rating again.
  await expect(admin.getByText("By the author", { exact: true })).toBeVisible();
  await expect(admin.getByText(/^Filed by its author on/)).toBeVisible();
  await expect(admin.getByText("The rating is shown again, and counts in the figures again.")).toBeVisible();
  await shots(admin, "9-console-appeal");
  for (const page of [buyer, seller, moderator, guest, admin]) await page.context().close();
});
