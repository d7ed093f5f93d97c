import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Buyer–seller messages. A thread is between a buyer and a store, about one order or general (the
 * unique subject key makes one of each); it carries what its lists need (latest message, each side's
 * unread count) so that a list is one indexed read. Messages are never edited or deleted. Domains on the
 * block list are kept by Fraud & Security, every change recorded.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("message_threads")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id"))
    .addColumn("buyer_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("order_id", "text", (c) => c.references("orders.id"))
    // "order:<order id>" or "general:<store id>:<buyer id>".
    .addColumn("subject_key", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_message_id", "text", (c) => c.notNull())
    .addColumn("last_message_at", "text", (c) => c.notNull())
    .addColumn("last_sender_side", "text", (c) => c.notNull())
    .addColumn("last_preview", "text", (c) => c.notNull())
    .addColumn("buyer_unread", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("store_unread", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("buyer_read_at", "text")
    .addColumn("store_read_at", "text")
    .addColumn("first_replied_at", "text")
    .addColumn("first_reply_seconds", "integer")
    .execute();
  // Each side's list, newest activity first; a store's threads of the last 30 days for its responsiveness.
  await db.schema
    .createIndex("message_threads_buyer_idx")
    .on("message_threads")
    .columns(["buyer_user_id", "last_message_at", "id"])
    .execute();
  await db.schema
    .createIndex("message_threads_store_idx")
    .on("message_threads")
    .columns(["store_id", "last_message_at", "id"])
    .execute();
  await db.schema
    .createIndex("message_threads_replies_idx")
    .on("message_threads")
    .columns(["store_id", "created_at", "first_reply_seconds"])
    .execute();

  await db.schema
    .createTable("messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("thread_id", "text", (c) => c.notNull().references("message_threads.id"))
    .addColumn("sender_side", "text", (c) => c.notNull())
    .addColumn("sender_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("body", "text", (c) => c.notNull())
    // The risk rules' findings as the message was sent: a JSON array of codes.
    .addColumn("risks_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("messages_thread_idx").on("messages").columns(["thread_id", "id"]).execute();

  await db.schema
    .createTable("message_attachments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("message_id", "text", (c) => c.notNull().references("messages.id"))
    .addColumn("thread_id", "text", (c) => c.notNull().references("message_threads.id"))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("message_attachments_message_idx")
    .on("message_attachments")
    .columns(["message_id"])
    .execute();
  await db.schema
    .createIndex("message_attachments_sha_idx")
    .on("message_attachments")
    .columns(["sha256"])
    .execute();

  await db.schema
    .createTable("blocked_domains")
    .addColumn("domain", "text", (c) => c.primaryKey())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("added_by", "text", (c) => c.notNull().references("user.id"))
    .addColumn("added_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("blocked_domain_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("domain", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("blocked_domain_events").execute();
  await db.schema.dropTable("blocked_domains").execute();
  await db.schema.dropTable("message_attachments").execute();
  await db.schema.dropTable("messages").execute();
  await db.schema.dropTable("message_threads").execute();
}
