import { newId } from "../src/server/platform/ids.ts";
import type { TestApp, TestUser } from "./app.ts";

const DAY = 86_400_000;

export interface OrderShape {
  /** Days before now that the order shipped; null: not shipped. */
  shippedDaysAgo?: number | null;
  /** Days before now that delivery was confirmed; null: not delivered. */
  deliveredDaysAgo?: number | null;
  /** Days from now until the promised delivery (negative: already past). */
  promisedInDays?: number;
  currency?: string;
  /** An existing store of the seller's (by default each order has a store of its own). */
  storeId?: string;
  /** Each item's title, quantity and unit price in minor units. */
  items?: { title: string; quantity: number; priceMinor: number }[];
}

/**
 * An order of `buyer` from a store of `seller`, as the marketplace would report it: by default shipped
 * 6 days ago, delivered 2 days ago, two items in euros (2 × €12.50 and 1 × €30.00).
 */
export async function createOrder(t: TestApp, buyer: TestUser, seller: TestUser, shape: OrderShape = {}) {
  const now = t.clock.now().getTime();
  const ago = (days: number | null | undefined) =>
    days === null || days === undefined ? null : new Date(now - days * DAY).toISOString();
  const store = shape.storeId
    ? { id: shape.storeId }
    : await t.createStore({ sellerUserId: seller.id, name: "Dispute Test Store" });
  const items = shape.items ?? [
    { title: "Wireless earbuds", quantity: 2, priceMinor: 1250 },
    { title: "Charging case", quantity: 1, priceMinor: 3000 },
  ];
  const id = `or-${newId()}`;
  const listings: { id: string }[] = [];
  for (const item of items) listings.push(await t.createListing(store.id, item.title));
  await t.db
    .insertInto("orders")
    .values({
      id,
      buyer_user_id: buyer.id,
      store_id: store.id,
      status: shape.deliveredDaysAgo === null ? "shipped" : "delivered",
      total_minor: items.reduce((sum, i) => sum + i.quantity * i.priceMinor, 0),
      currency: shape.currency ?? "EUR",
      ordered_at: new Date(now - 10 * DAY).toISOString(),
      shipped_at: ago(shape.shippedDaysAgo === undefined ? 6 : shape.shippedDaysAgo),
      delivered_at: ago(shape.deliveredDaysAgo === undefined ? 2 : shape.deliveredDaysAgo),
      promised_by: new Date(now + (shape.promisedInDays ?? -3) * DAY).toISOString(),
      carrier: "DHL",
      tracking_number: `JD${Math.floor(Math.random() * 1e12)}`,
      last_tracking_at: ago(2),
    })
    .execute();
  const itemIds = items.map((_, i) => `${id}-${i + 1}`);
  await t.db
    .insertInto("order_items")
    .values(
      items.map((item, i) => ({
        id: itemIds[i]!,
        order_id: id,
        listing_id: listings[i]!.id,
        title: item.title,
        quantity: item.quantity,
        price_minor: item.priceMinor,
      })),
    )
    .execute();
  return { id, storeId: store.id, itemIds };
}

/** A "not as described" dispute on the first item (both units), asking for a refund. */
export function disputeBody(orderId: string, itemId: string, overrides: Record<string, unknown> = {}) {
  return {
    orderId,
    items: [{ orderItemId: itemId, quantity: 2 }],
    reason: "not_as_described",
    proposal: { kind: "refund" },
    description: "The earbuds are a different model from the photos, and one of them does not charge.",
    ...overrides,
  };
}
