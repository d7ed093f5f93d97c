import { expect, type Page, test } from "@playwright/test";
import { colourPng, DESKTOP, bothWidths as shots, signedInPage } from "./helpers.ts";

const bothWidths = (page: Page, name: string) => shots(page, "feedback", name);

// Ratings: the demo buyer rates an order delivered last week (or-3010, from Sam's Gadget Corner), the
// seller replies on its store page, and the store page shows the new rating.

/** Gives `stars` in the star group named `name`, clicking the star as a person does (its radio button is hidden). */
async function giveStars(scope: Page, name: string, stars: number) {
  const group = scope.getByRole("radiogroup", { name });
  const radio = group.getByRole("radio", { name: `${stars} star${stars === 1 ? "" : "s"}`, exact: true });
  await scope.locator(`label[for="${await radio.getAttribute("id")}"]`).click();
  await expect(radio).toBeChecked();
}

test("a buyer rates an order with a photo, the seller replies, the store page shows the new rating", async ({
  browser,
}) => {
  const buyer = await signedInPage(browser, "buyer@demo.redress.test");
  await buyer.goto("/my/orders/or-3010");
  const section = buyer.getByRole("region", { name: "Rate this order" });
  await expect(section).toBeVisible();
  await bothWidths(buyer, "1-buyer-rate-form");

  // A star left out is said on its own group, and nothing is sent.
  await giveStars(buyer, "Wireless noise-cancelling headphones", 5);
  await section
    .getByLabel("What you think of “Wireless noise-cancelling headphones” (optional)")
    .fill("Great sound, and the noise cancelling works on the train.");
  await giveStars(buyer, "Phone case, recycled plastic", 4);
  await giveStars(buyer, "Item as described", 5);
  await giveStars(buyer, "Communication", 4);
  await section.getByRole("button", { name: "Send my ratings" }).click();
  await expect(section.getByText("Give the shipping speed from 1 to 5 stars.")).toBeVisible();
  await bothWidths(buyer, "2-buyer-missing-stars");

  await giveStars(buyer, "Shipping speed", 5);
  // A file that is no photo by its content is refused at its row; the photos go with the rating.
  const photos = buyer.locator("#rate-order-photos-input");
  await photos.setInputFiles([
    { name: "receipt.png", mimeType: "image/png", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") },
  ]);
  await expect(
    buyer.getByText("“receipt.png” is not a photo: its content is not JPEG, PNG, GIF or WEBP."),
  ).toBeVisible();
  await buyer.getByRole("button", { name: "Remove receipt.png" }).click();
  await photos.setInputFiles([
    colourPng("headphones.png", [40, 90, 160]),
    colourPng("box.png", [200, 120, 40]),
  ]);
  await expect(buyer.getByRole("list", { name: "Attached files" }).getByRole("listitem")).toHaveCount(2);
  await section.getByRole("button", { name: "Send my ratings" }).click();
  const given = buyer.getByRole("region", { name: "Your ratings" });
  await expect(given.getByRole("list", { name: "Item ratings" }).locator(":scope > li")).toHaveCount(2);
  await expect(given.getByText("Great sound, and the noise cancelling works on the train.")).toBeVisible();
  await expect(given.getByRole("img", { name: "1 of 2, from you (opens full size)" }).first()).toBeVisible();
  // Double-blind: the seller had given its feedback on the buyer already, so both show now.
  await expect(given.getByText("The seller's feedback on you")).toBeVisible();
  await expect(given.getByText("Paid at once, a pleasure to deal with.")).toBeVisible();
  // The order's second item counts with its first: one buyer's ratings within 10 days count once.
  await expect(given.getByText("Your ratings of this store within 10 days count once.")).toBeVisible();
  await bothWidths(buyer, "3-buyer-ratings-given");

  const seller = await signedInPage(browser, "seller@demo.redress.test");
  await seller.goto("/shop/store/st-1001");
  const rating = seller.getByRole("region", { name: "Store rating" });
  await expect(rating.getByText("100% positive")).toBeVisible();
  const list = rating.getByRole("list", { name: "Ratings of this store" });
  const headphones = list.getByRole("listitem").filter({ hasText: "Great sound" });
  await expect(headphones.getByText("Bea B.", { exact: true })).toBeVisible();
  await expect(headphones.getByRole("list", { name: "Photos from Bea B." }).getByRole("img")).toHaveCount(2);
  await headphones.getByRole("button", { name: "Reply publicly (once)" }).click();
  await headphones.getByLabel("Your reply").fill("Thank you! Enjoy the quiet on your commute.");
  await bothWidths(seller, "4-seller-replies");
  await headphones.getByRole("button", { name: "Publish the reply" }).click();
  await expect(headphones.getByText("Thank you! Enjoy the quiet on your commute.")).toBeVisible();
  await expect(headphones.getByRole("button", { name: "Reply publicly (once)" })).toHaveCount(0);
  await bothWidths(seller, "5-seller-replied");

  // The seller's own feedback on the buyers of its delivered orders, one order at a time.
  const toRate = seller.getByRole("region", { name: "Your feedback on buyers" });
  const orders = toRate.getByRole("list", { name: "Orders waiting for your feedback" });
  const first = orders.locator(":scope > li").filter({ hasText: "or-3001" });
  await first.getByRole("button", { name: "Send the feedback" }).click();
  await expect(first.getByText("Choose how it went with this buyer.")).toBeVisible();
  await first.getByRole("radio", { name: "Positive" }).check();
  await first.getByLabel("A word about the buyer (optional)").fill("Quick to answer, thank you.");
  await bothWidths(seller, "5b-seller-rates-buyer");
  await first.getByRole("button", { name: "Send the feedback" }).click();
  await expect(orders.locator(":scope > li").filter({ hasText: "or-3001" })).toHaveCount(0);

  // Anyone sees the store's rating, the reply, and the listing's average on the item page.
  const guest = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await guest.goto("/shop/store/st-1001");
  const histogram = guest.getByRole("list", { name: "Counted ratings by stars" });
  await expect(histogram.getByRole("listitem").filter({ hasText: "5 stars" })).toContainText("1");
  await expect(guest.getByText("Thank you! Enjoy the quiet on your commute.")).toBeVisible();
  // The photo is served as an image, never as a page.
  const photoUrl = await guest
    .getByRole("img", { name: /^1 of 2, from Bea B\./ })
    .first()
    .getAttribute("src");
  const served = await guest.request.get(photoUrl!);
  expect(served.headers()["content-type"]).toBe("image/png");
  await bothWidths(guest, "6-guest-store-page");
  await guest.goto("/shop/item/it-2001");
  await expect(guest.getByText(/from \d+ ratings?/)).toBeVisible();
  await bothWidths(guest, "7-guest-listing-page");
  for (const page of [buyer, seller, guest]) await page.context().close();
});
