import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Photos with an order's rating (up to five, shown with each of its item ratings), and the mark a
 * moderation decision leaves on a rating it hides: hidden ratings leave the public lists and the rating.
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
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("feedback").dropColumn("hidden_at").execute();
  await db.schema.dropTable("feedback_photos").execute();
}
