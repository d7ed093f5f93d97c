import type { DbOrTx } from "../../platform/db/database.ts";
import type {
  BuyerFeedbackTable,
  FeedbackPhotoTable,
  FeedbackTable,
  StoreFeedbackTable,
} from "../../platform/db/schema.feedback.ts";
import { groupBy } from "../../platform/group-by.ts";
import { ratingAggregates } from "./feedback.aggregates.repository.ts";

export function createFeedbackRepository() {
  return {
    ...ratingAggregates,

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

    /** One rating, its row locked on PostgreSQL: one person's two reports of it are taken one by one. */
    lockFeedback: (tx: DbOrTx, id: string, lock: boolean) =>
      tx
        .selectFrom("feedback")
        .selectAll()
        .where("id", "=", id)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst(),

    /** Hides a rating or shows it again; returns it as it was, or nothing when it already was so. */
    setHidden: (tx: DbOrTx, id: string, hiddenAt: string | null) =>
      tx
        .updateTable("feedback")
        .set({ hidden_at: hiddenAt })
        .where("id", "=", id)
        .where("hidden_at", hiddenAt ? "is" : "is not", null)
        .returningAll()
        .executeTakeFirst(),

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

    storeOf: (db: DbOrTx, storeId: string) =>
      db.selectFrom("stores").select(["name", "seller_user_id"]).where("id", "=", storeId).executeTakeFirst(),

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
