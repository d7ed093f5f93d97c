import type { DbOrTx } from "../../platform/db/database.ts";
import type {
  BuyerFeedbackTable,
  FeedbackPhotoTable,
  FeedbackTable,
  ListingRatingTable,
  StoreFeedbackTable,
  StoreRatingDayTable,
} from "../../platform/db/schema.feedback.ts";
import { groupBy } from "../../platform/group-by.ts";
import { type Contribution, type Detailed, isPositive } from "./feedback.rules.ts";

const STARS = [1, 2, 3, 4, 5] as const;
const starColumn = (n: number) => `stars_${n}` as `stars_${(typeof STARS)[number]}`;

/** A day row with nothing in it but `part`: what an insert of a first rating of the day writes. */
function dayRow(storeId: string, day: string, part: Partial<StoreRatingDayTable>): StoreRatingDayTable {
  return {
    store_id: storeId,
    day,
    counted: 0,
    positive: 0,
    stars_1: 0,
    stars_2: 0,
    stars_3: 0,
    stars_4: 0,
    stars_5: 0,
    as_described_sum: 0,
    communication_sum: 0,
    shipping_speed_sum: 0,
    detailed_count: 0,
    ...part,
  };
}

function listingRow(listingId: string): ListingRatingTable {
  return {
    listing_id: listingId,
    count: 0,
    stars_sum: 0,
    stars_1: 0,
    stars_2: 0,
    stars_3: 0,
    stars_4: 0,
    stars_5: 0,
  };
}

export function createFeedbackRepository() {
  return {
    insertFeedback: (tx: DbOrTx, rows: FeedbackTable[]) => tx.insertInto("feedback").values(rows).execute(),

    insertStoreFeedback: (tx: DbOrTx, row: StoreFeedbackTable) =>
      tx.insertInto("store_feedback").values(row).execute(),

    /**
     * Takes the order's row lock (PostgreSQL; SQLite has one writer anyway): the buyer's rating and the
     * seller's feedback on the buyer, sent at the same moment, then see each other and show both.
     */
    lockOrder: (tx: DbOrTx, orderId: string) =>
      tx
        .updateTable("orders")
        .set((eb) => ({ id: eb.ref("id") }))
        .where("id", "=", orderId)
        .execute(),

    /** Shows what of the order is not shown yet; returns the rows that changed (each changes once). */
    async reveal(tx: DbOrTx, orderId: string, at: string) {
      const items = await tx
        .updateTable("feedback")
        .set({ revealed_at: at })
        .where("order_id", "=", orderId)
        .where("revealed_at", "is", null)
        .returningAll()
        .execute();
      const store = await tx
        .updateTable("store_feedback")
        .set({ revealed_at: at })
        .where("order_id", "=", orderId)
        .where("revealed_at", "is", null)
        .returningAll()
        .executeTakeFirst();
      await tx
        .updateTable("buyer_feedback")
        .set({ revealed_at: at })
        .where("order_id", "=", orderId)
        .where("revealed_at", "is", null)
        .execute();
      return { items, store };
    },

    /** Orders with a rating or a seller's feedback still hidden whose 30 days have closed. */
    async dueToReveal(db: DbOrTx, now: string, limit: number): Promise<string[]> {
      const [ratings, buyers] = await Promise.all(
        (["feedback", "buyer_feedback"] as const).map((table) =>
          db
            .selectFrom(table)
            .select("order_id")
            .where("revealed_at", "is", null)
            .where("reveal_due_at", "<=", now)
            .orderBy("reveal_due_at")
            .limit(limit)
            .execute(),
        ),
      );
      return [...new Set([...ratings!, ...buyers!].map((r) => r.order_id))].slice(0, limit);
    },

    insertBuyerFeedback: (tx: DbOrTx, row: BuyerFeedbackTable) =>
      tx.insertInto("buyer_feedback").values(row).execute(),

    buyerFeedbackOf: (db: DbOrTx, orderId: string) =>
      db.selectFrom("buyer_feedback").selectAll().where("order_id", "=", orderId).executeTakeFirst(),

    /** The store's orders delivered since `since` with no feedback on their buyer yet, oldest window first. */
    ordersToRate: (db: DbOrTx, storeId: string, since: string, afterId: string | null, limit: number) =>
      db
        .selectFrom("orders")
        .innerJoin("user", "user.id", "orders.buyer_user_id")
        .select(["orders.id", "orders.delivered_at", "user.name as buyer_name"])
        .where("orders.store_id", "=", storeId)
        .where("orders.delivered_at", ">=", since)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom("buyer_feedback")
                .select("buyer_feedback.order_id")
                .whereRef("buyer_feedback.order_id", "=", "orders.id"),
            ),
          ),
        )
        .$if(afterId !== null, (q) => q.where("orders.id", ">", afterId!))
        .orderBy("orders.id")
        .limit(limit)
        .execute(),

    /** The item titles of these orders, by order id: one query for a page of orders. */
    async itemTitlesOf(db: DbOrTx, orderIds: string[]): Promise<Map<string, string[]>> {
      if (orderIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("order_items")
        .select(["order_id", "title"])
        .where("order_id", "in", orderIds)
        .orderBy("order_id")
        .orderBy("id")
        .execute();
      return new Map(
        [...groupBy(rows, (r) => r.order_id)].map(([id, items]) => [id, items.map((i) => i.title)]),
      );
    },

    insertPhotos: (tx: DbOrTx, rows: FeedbackPhotoTable[]) =>
      rows.length > 0 ? tx.insertInto("feedback_photos").values(rows).execute() : Promise.resolve([]),

    /** The photos of these orders' ratings, in the buyer's order, by order id: one query for a page. */
    async photosOf(db: DbOrTx, orderIds: string[]): Promise<Map<string, FeedbackPhotoTable[]>> {
      if (orderIds.length === 0) return new Map();
      const rows = await db
        .selectFrom("feedback_photos")
        .selectAll()
        .where("order_id", "in", [...new Set(orderIds)])
        .orderBy("order_id")
        .orderBy("position")
        .execute();
      return groupBy(rows, (r) => r.order_id);
    },

    /** A photo, if its rating is shown (and not hidden by a decision), or to the buyer who sent it. */
    visiblePhoto: (db: DbOrTx, id: string, viewerId: string | null) =>
      db
        .selectFrom("feedback_photos")
        .selectAll()
        .where("id", "=", id)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom("feedback")
              .select("feedback.id")
              .whereRef("feedback.order_id", "=", "feedback_photos.order_id")
              .where("feedback.hidden_at", "is", null)
              .where((w) =>
                w.or([
                  w("feedback.revealed_at", "is not", null),
                  w("feedback.buyer_user_id", "=", viewerId ?? ""),
                ]),
              ),
          ),
        )
        .executeTakeFirst(),

    ofOrder: (db: DbOrTx, orderId: string) =>
      db.selectFrom("feedback").selectAll().where("order_id", "=", orderId).orderBy("id").execute(),

    storeFeedbackOf: (db: DbOrTx, orderId: string) =>
      db.selectFrom("store_feedback").selectAll().where("order_id", "=", orderId).executeTakeFirst(),

    find: (db: DbOrTx, id: string) =>
      db.selectFrom("feedback").selectAll().where("id", "=", id).executeTakeFirst(),

    /** The buyer's latest rating of the store that counts, before `at`: a rating within 10 days repeats it. */
    lastCountedAt: (db: DbOrTx, buyerUserId: string, storeId: string, at: string) =>
      db
        .selectFrom("feedback")
        .select("created_at")
        .where("buyer_user_id", "=", buyerUserId)
        .where("store_id", "=", storeId)
        .where("repeat_of_buyer", "=", 0)
        .where("created_at", "<=", at)
        .orderBy("created_at", "desc")
        .limit(1)
        .executeTakeFirst()
        .then((r) => r?.created_at ?? null),

    /** Changes one rating only as it was read (`edited_at` still null for an edit, no reply for a reply). */
    async change(
      tx: DbOrTx,
      id: string,
      expect: { unedited?: true; unreplied?: true },
      set: Partial<FeedbackTable>,
    ): Promise<FeedbackTable | undefined> {
      return tx
        .updateTable("feedback")
        .set(set)
        .where("id", "=", id)
        .$if(!!expect.unedited, (q) => q.where("edited_at", "is", null))
        .$if(!!expect.unreplied, (q) => q.where("replied_at", "is", null))
        .returningAll()
        .executeTakeFirst();
    },

    /**
     * Holds or releases an order's ratings, and marks them when the seller won its dispute. Returns the
     * rows whose hold changed, as they were: of two refreshes at once, the second finds none left to change.
     */
    async setOrderState(tx: DbOrTx, orderId: string, state: { held: number; seller_won_dispute: number }) {
      const items = await tx
        .updateTable("feedback")
        .set({ held: state.held })
        .where("order_id", "=", orderId)
        .where("held", "<>", state.held)
        .returningAll()
        .execute();
      await tx
        .updateTable("feedback")
        .set({ seller_won_dispute: state.seller_won_dispute })
        .where("order_id", "=", orderId)
        .execute();
      const store = await tx
        .updateTable("store_feedback")
        .set({ held: state.held })
        .where("order_id", "=", orderId)
        .where("held", "<>", state.held)
        .returningAll()
        .executeTakeFirst();
      return { items, store };
    },

    /**
     * Adds (or with sign −1 takes out) ratings in their stores' days and their listings: summed per day
     * and per listing first, then one upsert per table (rows in key order, so concurrent writers lock
     * them in the same order).
     */
    async addContributions(tx: DbOrTx, contributions: Contribution[]) {
      const days = new Map<string, StoreRatingDayTable>();
      const listings = new Map<string, ListingRatingTable>();
      for (const c of contributions) {
        const star = starColumn(c.stars);
        const counted = c.counted ? c.sign : 0;
        const day = days.get(`${c.storeId}|${c.day}`) ?? dayRow(c.storeId, c.day, {});
        day.counted += counted;
        day.positive += isPositive(c.stars) ? counted : 0;
        day[star] += counted;
        days.set(`${c.storeId}|${c.day}`, day);
        const listing = listings.get(c.listingId) ?? listingRow(c.listingId);
        listing.count += c.sign;
        listing.stars_sum += c.sign * c.stars;
        listing[star] += c.sign;
        listings.set(c.listingId, listing);
      }
      const byKey = <T>(map: Map<string, T>) =>
        [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
      if (days.size > 0)
        await tx
          .insertInto("store_rating_days")
          .values(byKey(days))
          .onConflict((oc) =>
            oc.columns(["store_id", "day"]).doUpdateSet((eb) => ({
              counted: eb("store_rating_days.counted", "+", eb.ref("excluded.counted")),
              positive: eb("store_rating_days.positive", "+", eb.ref("excluded.positive")),
              ...Object.fromEntries(
                STARS.map((n) => [
                  starColumn(n),
                  eb(`store_rating_days.${starColumn(n)}`, "+", eb.ref(`excluded.${starColumn(n)}`)),
                ]),
              ),
            })),
          )
          .execute();
      if (listings.size > 0)
        await tx
          .insertInto("listing_ratings")
          .values(byKey(listings))
          .onConflict((oc) =>
            oc.column("listing_id").doUpdateSet((eb) => ({
              count: eb("listing_ratings.count", "+", eb.ref("excluded.count")),
              stars_sum: eb("listing_ratings.stars_sum", "+", eb.ref("excluded.stars_sum")),
              ...Object.fromEntries(
                STARS.map((n) => [
                  starColumn(n),
                  eb(`listing_ratings.${starColumn(n)}`, "+", eb.ref(`excluded.${starColumn(n)}`)),
                ]),
              ),
            })),
          )
          .execute();
    },

    async addDetailed(tx: DbOrTx, d: Detailed) {
      await tx
        .insertInto("store_rating_days")
        .values(
          dayRow(d.storeId, d.day, {
            as_described_sum: d.asDescribed,
            communication_sum: d.communication,
            shipping_speed_sum: d.shippingSpeed,
            detailed_count: d.count,
          }),
        )
        .onConflict((oc) =>
          oc.columns(["store_id", "day"]).doUpdateSet((eb) => ({
            as_described_sum: eb(
              "store_rating_days.as_described_sum",
              "+",
              eb.ref("excluded.as_described_sum"),
            ),
            communication_sum: eb(
              "store_rating_days.communication_sum",
              "+",
              eb.ref("excluded.communication_sum"),
            ),
            shipping_speed_sum: eb(
              "store_rating_days.shipping_speed_sum",
              "+",
              eb.ref("excluded.shipping_speed_sum"),
            ),
            detailed_count: eb("store_rating_days.detailed_count", "+", eb.ref("excluded.detailed_count")),
          })),
        )
        .execute();
    },

    /** A store's sums over the days from `sinceDay`: at most one row per day. */
    storeSums: (db: DbOrTx, storeId: string, sinceDay: string) =>
      db
        .selectFrom("store_rating_days")
        .select((eb) => [
          eb.fn.coalesce(eb.fn.sum<number>("counted"), eb.lit(0)).as("counted"),
          eb.fn.coalesce(eb.fn.sum<number>("positive"), eb.lit(0)).as("positive"),
          ...STARS.map((n) => eb.fn.coalesce(eb.fn.sum<number>(starColumn(n)), eb.lit(0)).as(starColumn(n))),
          eb.fn.coalesce(eb.fn.sum<number>("as_described_sum"), eb.lit(0)).as("as_described_sum"),
          eb.fn.coalesce(eb.fn.sum<number>("communication_sum"), eb.lit(0)).as("communication_sum"),
          eb.fn.coalesce(eb.fn.sum<number>("shipping_speed_sum"), eb.lit(0)).as("shipping_speed_sum"),
          eb.fn.coalesce(eb.fn.sum<number>("detailed_count"), eb.lit(0)).as("detailed_count"),
        ])
        .where("store_id", "=", storeId)
        .where("day", ">=", sinceDay)
        .executeTakeFirstOrThrow(),

    listingRating: (db: DbOrTx, listingId: string) =>
      db.selectFrom("listing_ratings").selectAll().where("listing_id", "=", listingId).executeTakeFirst(),

    /** A store's ratings, newest first, keyset-paged on the (time-ordered) id, with the buyers' names. */
    ofStore: (db: DbOrTx, storeId: string, beforeId: string | null, limit: number) =>
      db
        .selectFrom("feedback")
        .innerJoin("user", "user.id", "feedback.buyer_user_id")
        .selectAll("feedback")
        .select("user.name as buyer_name")
        .where("feedback.store_id", "=", storeId)
        .where("feedback.hidden_at", "is", null)
        .where("feedback.revealed_at", "is not", null)
        .$if(beforeId !== null, (q) => q.where("feedback.id", "<", beforeId!))
        .orderBy("feedback.id", "desc")
        .limit(limit)
        .execute(),

    sellerOf: (db: DbOrTx, storeId: string) =>
      db
        .selectFrom("stores")
        .select("seller_user_id")
        .where("id", "=", storeId)
        .executeTakeFirst()
        .then((r) => r?.seller_user_id ?? null),

    buyerName: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("user")
        .select("name")
        .where("id", "=", userId)
        .executeTakeFirst()
        .then((r) => r?.name ?? ""),
  };
}

export type FeedbackRepository = ReturnType<typeof createFeedbackRepository>;
