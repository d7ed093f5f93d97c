import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Feedback. A buyer rates each item of a delivered order (one row per order item: the primary key of the
 * claim) and the store's three detailed ratings once per order. Store pages read running aggregates: a
 * row per store and day (the 6-month rating sums at most 183 of them) and a row per listing, kept by the
 * same transaction that writes or changes a rating.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("feedback")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("order_item_id", "text", (c) => c.notNull().unique().references("order_items.id"))
    .addColumn("listing_id", "text", (c) => c.notNull())
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id"))
    .addColumn("buyer_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("item_title", "text", (c) => c.notNull())
    .addColumn("stars", "integer", (c) => c.notNull())
    .addColumn("text", "text")
    .addColumn("text_language", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("edited_at", "text")
    .addColumn("reply_text", "text")
    .addColumn("replied_at", "text")
    .addColumn("repeat_of_buyer", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("held", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("seller_won_dispute", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // A store's feedback list, newest first; a listing's; an order's; a buyer's latest for a store.
  await db.schema.createIndex("feedback_store_idx").on("feedback").columns(["store_id", "id"]).execute();
  await db.schema.createIndex("feedback_listing_idx").on("feedback").columns(["listing_id", "id"]).execute();
  await db.schema.createIndex("feedback_order_idx").on("feedback").columns(["order_id"]).execute();
  await db.schema
    .createIndex("feedback_buyer_store_idx")
    .on("feedback")
    .columns(["buyer_user_id", "store_id", "created_at"])
    .execute();

  await db.schema
    .createTable("store_feedback")
    .addColumn("order_id", "text", (c) => c.primaryKey().references("orders.id"))
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id"))
    .addColumn("buyer_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("as_described", "integer", (c) => c.notNull())
    .addColumn("communication", "integer", (c) => c.notNull())
    .addColumn("shipping_speed", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("held", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("store_rating_days")
    .addColumn("store_id", "text", (c) => c.notNull())
    .addColumn("day", "text", (c) => c.notNull())
    .addColumn("counted", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("positive", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_1", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_2", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_3", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_4", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_5", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("as_described_sum", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("communication_sum", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("shipping_speed_sum", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("detailed_count", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("store_rating_days_pk", ["store_id", "day"])
    .execute();

  await db.schema
    .createTable("listing_ratings")
    .addColumn("listing_id", "text", (c) => c.primaryKey())
    .addColumn("count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_sum", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_1", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_2", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_3", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_4", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("stars_5", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("listing_ratings").execute();
  await db.schema.dropTable("store_rating_days").execute();
  await db.schema.dropTable("store_feedback").execute();
  await db.schema.dropTable("feedback").execute();
}
