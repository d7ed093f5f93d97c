import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Photos with an order's rating (up to five, shown with each of its item ratings); the mark a moderation
 * decision leaves on a rating it hides; and double-blind feedback: the seller's feedback on the buyer,
 * and on both sides the moment a rating is shown. A rating stays with its author until the other side
 * has given its own or the 30 days close (`reveal_due_at`); ratings given before this were shown at once.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("feedback_photos")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("feedback_photos_order_idx")
    .on("feedback_photos")
    .columns(["order_id", "position"])
    .execute();
  await db.schema.createIndex("feedback_photos_sha_idx").on("feedback_photos").columns(["sha256"]).execute();

  await db.schema.alterTable("feedback").addColumn("hidden_at", "text").execute();
  await db.schema.alterTable("feedback").addColumn("revealed_at", "text").execute();
  await db.schema.alterTable("feedback").addColumn("reveal_due_at", "text").execute();
  await db.schema.alterTable("store_feedback").addColumn("revealed_at", "text").execute();
  await db
    .updateTable("feedback")
    .set({ revealed_at: sql.ref("created_at"), reveal_due_at: sql.ref("created_at") })
    .execute();
  await db
    .updateTable("store_feedback")
    .set({ revealed_at: sql.ref("created_at") })
    .execute();
  // The sweep that shows ratings when the 30 days close reads only the ones still waiting.
  await db.schema
    .createIndex("feedback_reveal_due_idx")
    .on("feedback")
    .columns(["reveal_due_at"])
    .where(sql.ref("revealed_at"), "is", null)
    .execute();

  await db.schema
    .createTable("buyer_feedback")
    .addColumn("order_id", "text", (c) => c.primaryKey().references("orders.id"))
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id"))
    .addColumn("buyer_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("seller_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("experience", "text", (c) => c.notNull())
    .addColumn("text", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("reveal_due_at", "text", (c) => c.notNull())
    .addColumn("revealed_at", "text")
    .execute();
  await db.schema
    .createIndex("buyer_feedback_reveal_due_idx")
    .on("buyer_feedback")
    .columns(["reveal_due_at"])
    .where(sql.ref("revealed_at"), "is", null)
    .execute();
  // A seller's orders still waiting for its feedback on their buyers, a page at a time.
  await db.schema.createIndex("orders_store_idx").on("orders").columns(["store_id", "id"]).execute();
  await db.schema
    .createIndex("buyer_feedback_buyer_idx")
    .on("buyer_feedback")
    .columns(["buyer_user_id", "order_id"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("orders_store_idx").execute();
  await db.schema.dropTable("buyer_feedback").execute();
  await db.schema.dropIndex("feedback_reveal_due_idx").execute();
  await db.schema.alterTable("store_feedback").dropColumn("revealed_at").execute();
  for (const column of ["reveal_due_at", "revealed_at", "hidden_at"])
    await db.schema.alterTable("feedback").dropColumn(column).execute();
  await db.schema.dropTable("feedback_photos").execute();
}
