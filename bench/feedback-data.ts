/**
 * The ratings bench's data: one store (the signed-in seller's) with 100,000 rated orders over the last
 * 240 days (BENCH_SCALE shrinks it) from 5,000 buyers, on 20 listings, plus the store's detailed ratings.
 * The running aggregates are written by the app's own repository from the same rows, as rating does.
 */
import type { Insertable } from "kysely";
import { createFeedbackRepository } from "../src/server/modules/feedback/feedback.repository.ts";
import {
  type Contribution,
  contributionOf,
  type Detailed,
  detailedOf,
  isRepeat,
} from "../src/server/modules/feedback/feedback.rules.ts";
import type { Db, DialectName } from "../src/server/platform/db/database.ts";
import type { Database } from "../src/server/platform/db/schema.ts";
import { DAY, idAt, insertChunks, insertMarketplace, iso, pad } from "./marketplace-data.ts";

const LISTINGS = 20;
const AGGREGATE_CHUNK = 2_000;

export const ratingPlan = (scale: number) => ({
  ratings: Math.round(100_000 * scale),
  buyers: Math.max(10, Math.round(5_000 * scale)),
});

export interface LoadedRatings {
  seconds: number;
  storeId: string;
  listingId: string;
  myOrderIds: string[];
}

/** Sums the detailed ratings per day: the aggregate takes one upsert per day, not one per order. */
function detailedByDay(rows: Insertable<Database["store_feedback"]>[]): Detailed[] {
  const days = new Map<string, Detailed>();
  for (const row of rows) {
    const d = detailedOf(row as Database["store_feedback"], 1)!;
    const sum = days.get(d.day);
    if (!sum) days.set(d.day, d);
    else {
      sum.asDescribed += d.asDescribed;
      sum.communication += d.communication;
      sum.shippingSpeed += d.shippingSpeed;
      sum.count += d.count;
    }
  }
  return [...days.values()];
}

export async function loadRatings(
  db: Db,
  dialect: DialectName,
  plan: ReturnType<typeof ratingPlan>,
  accounts: { buyerId: string; sellerId: string },
): Promise<LoadedRatings> {
  const started = performance.now();
  const now = Date.now();
  const market = await insertMarketplace(db, dialect, {
    buyers: plan.buyers,
    stores: 1,
    listingsPerStore: LISTINGS,
    sellerId: accounts.sellerId,
    tag: "ratings",
  });
  const storeId = market.stores[0]!;
  const orders: Insertable<Database["orders"]>[] = [];
  const items: Insertable<Database["order_items"]>[] = [];
  const feedback: Database["feedback"][] = [];
  const store: Insertable<Database["store_feedback"]>[] = [];
  const lastCounted = new Map<string, string>();
  const myOrderIds: string[] = [];
  for (let n = 0; n < plan.ratings; n++) {
    const ratedAt = now - Math.round(((plan.ratings - n) / plan.ratings) * 240 * DAY);
    const buyer = n % 100 === 0 ? accounts.buyerId : market.buyers[(n * 7919) % market.buyers.length]!;
    const orderId = `bench-order-${pad(n)}`;
    if (buyer === accounts.buyerId) myOrderIds.push(orderId);
    const listing = n % LISTINGS;
    const at = iso(ratedAt);
    orders.push({
      id: orderId,
      buyer_user_id: buyer,
      store_id: storeId,
      status: "delivered",
      total_minor: 2500,
      currency: "EUR",
      ordered_at: iso(ratedAt - 9 * DAY),
      shipped_at: iso(ratedAt - 7 * DAY),
      delivered_at: iso(ratedAt - 2 * DAY),
      promised_by: iso(ratedAt - 3 * DAY),
      carrier: "DHL",
      tracking_number: `JR${pad(n)}`,
      last_tracking_at: iso(ratedAt - 2 * DAY),
    });
    items.push({
      id: `${orderId}-1`,
      order_id: orderId,
      listing_id: market.listingOf(0, listing),
      title: `Bench item 0.${listing}`,
      quantity: 1,
      price_minor: 2500,
    });
    const repeat = isRepeat(lastCounted.get(buyer) ?? null, at);
    if (!repeat) lastCounted.set(buyer, at);
    // Mostly good, as on a healthy store: 5, 5, 4, 5, 3, 5, 4, 1, 5, 2 …
    const stars = [5, 5, 4, 5, 3, 5, 4, 1, 5, 2][n % 10]!;
    feedback.push({
      id: idAt(ratedAt, n, 4),
      order_id: orderId,
      order_item_id: `${orderId}-1`,
      listing_id: market.listingOf(0, listing),
      store_id: storeId,
      buyer_user_id: buyer,
      item_title: `Bench item 0.${listing}`,
      stars,
      text: n % 3 === 0 ? `Rating ${n}: arrived on time, works as described.` : null,
      text_language: n % 3 === 0 ? "en" : null,
      created_at: at,
      edited_at: null,
      reply_text: n % 5 === 0 ? "Thank you for your order!" : null,
      replied_at: n % 5 === 0 ? iso(ratedAt + DAY) : null,
      repeat_of_buyer: repeat ? 1 : 0,
      held: 0,
      seller_won_dispute: 0,
      hidden_at: null,
      // Shown: the seller gave its feedback on the buyer (or the 30 days closed).
      revealed_at: at,
      reveal_due_at: iso(ratedAt + 28 * DAY),
    });
    store.push({
      order_id: orderId,
      store_id: storeId,
      buyer_user_id: buyer,
      as_described: Math.max(1, stars),
      communication: 5,
      shipping_speed: 4,
      created_at: at,
      held: 0,
      revealed_at: at,
    });
  }
  await insertChunks(db, "orders", orders);
  await insertChunks(db, "order_items", items);
  await insertChunks(db, "feedback", feedback);
  await insertChunks(db, "store_feedback", store);
  const repository = createFeedbackRepository();
  const contributions: Contribution[] = feedback.flatMap((row) => contributionOf(row, 1) ?? []);
  for (let i = 0; i < contributions.length; i += AGGREGATE_CHUNK)
    await db
      .transaction()
      .execute((tx) => repository.addContributions(tx, contributions.slice(i, i + AGGREGATE_CHUNK)));
  await db.transaction().execute(async (tx) => {
    for (const day of detailedByDay(store)) await repository.addDetailed(tx, day);
  });
  return {
    seconds: (performance.now() - started) / 1000,
    storeId,
    listingId: market.listingOf(0, 0),
    myOrderIds,
  };
}
