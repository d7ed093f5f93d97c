import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Order disputes. An order gains its shipping facts (carrier, tracking number, last tracking update),
 * which the rules for "not received" read. A dispute holds its clock on its own row (`deadline_at`,
 * what fires then, who must act), so the worker finds due timers through one partial index and claims
 * each with a conditional update on `version`. An order item is in at most one open dispute: its row in
 * `dispute_item_locks` is the unique claim, removed when the dispute ends.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("orders").addColumn("carrier", "text").execute();
  await db.schema.alterTable("orders").addColumn("tracking_number", "text").execute();
  await db.schema.alterTable("orders").addColumn("last_tracking_at", "text").execute();
  // A tracking number on two orders belongs to neither for sure: the console looks for that.
  await db.schema.createIndex("orders_tracking_idx").on("orders").column("tracking_number").execute();
  // My Orders lists a buyer's orders newest first.
  await db.schema
    .createIndex("orders_buyer_recent_idx")
    .on("orders")
    .columns(["buyer_user_id", "ordered_at", "id"])
    .execute();

  await db.schema
    .createTable("disputes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("reference", "text", (c) => c.notNull().unique())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("buyer_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id"))
    .addColumn("seller_user_id", "text", (c) => c.references("user.id"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("description_language", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("disputed_minor", "bigint", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("refund_minor", "bigint")
    // What was announced to the marketplace as refunded so far: an appeal announces only the difference.
    .addColumn("refund_announced_minor", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("negotiation_from", "text", (c) => c.notNull())
    .addColumn("status_from", "text", (c) => c.notNull())
    .addColumn("deadline_at", "text")
    .addColumn("deadline_action", "text")
    .addColumn("deadline_who", "text")
    .addColumn("reminder_at", "text")
    .addColumn("evidence_due_at", "text")
    .addColumn("evidence_from", "text")
    .addColumn("ruled_at", "text")
    .addColumn("ruled_by", "text")
    .addColumn("appealed_at", "text")
    // Until when the ruling may be appealed; cleared once the dispute moves on from where it left it.
    .addColumn("appealable_until", "text")
    .addColumn("reopened_at", "text")
    .addColumn("protection_ends_at", "text")
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("disputes_buyer_idx").on("disputes").columns(["buyer_user_id", "id"]).execute();
  await db.schema
    .createIndex("disputes_seller_idx")
    .on("disputes")
    .columns(["seller_user_id", "id"])
    .execute();
  await db.schema.createIndex("disputes_order_idx").on("disputes").columns(["order_id", "id"]).execute();
  // The worker's sweep and the console's queue read only disputes that have a clock running.
  await db.schema
    .createIndex("disputes_deadline_idx")
    .on("disputes")
    .columns(["deadline_at", "id"])
    .where(sql.ref("deadline_at"), "is not", null)
    .execute();
  // The Disputes department's queue: what is with the platform, soonest deadline first.
  await db.schema
    .createIndex("disputes_platform_queue_idx")
    .on("disputes")
    .columns(["deadline_at", "id"])
    .where(sql<boolean>`status in ('escalated', 'awaiting_evidence', 'appealed')`)
    .execute();
  await db.schema
    .createIndex("disputes_reminder_idx")
    .on("disputes")
    .columns(["reminder_at", "id"])
    .where(sql.ref("reminder_at"), "is not", null)
    .execute();

  await db.schema
    .createTable("dispute_items")
    .addColumn("dispute_id", "text", (c) => c.notNull().references("disputes.id"))
    .addColumn("order_item_id", "text", (c) => c.notNull().references("order_items.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("quantity", "integer", (c) => c.notNull())
    .addColumn("price_minor", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("dispute_items_pk", ["dispute_id", "order_item_id"])
    .execute();
  await db.schema
    .createTable("dispute_item_locks")
    .addColumn("order_item_id", "text", (c) => c.primaryKey().references("order_items.id"))
    .addColumn("dispute_id", "text", (c) => c.notNull().references("disputes.id"))
    .execute();
  await db.schema
    .createIndex("dispute_item_locks_dispute_idx")
    .on("dispute_item_locks")
    .column("dispute_id")
    .execute();

  await db.schema
    .createTable("dispute_proposals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dispute_id", "text", (c) => c.notNull().references("disputes.id"))
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("amount_minor", "bigint")
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("dispute_proposals_dispute_idx")
    .on("dispute_proposals")
    .columns(["dispute_id", "id"])
    .execute();

  await db.schema
    .createTable("dispute_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dispute_id", "text", (c) => c.notNull().references("disputes.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("data_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("dispute_events_dispute_idx")
    .on("dispute_events")
    .columns(["dispute_id", "id"])
    .execute();

  // Evidence files, each sent with one timeline event by one side; the blobs live in the evidence store.
  await db.schema
    .createTable("dispute_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dispute_id", "text", (c) => c.notNull().references("disputes.id"))
    .addColumn("event_id", "text", (c) => c.notNull().references("dispute_events.id"))
    .addColumn("side", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "bigint", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("dispute_files_dispute_idx")
    .on("dispute_files")
    .columns(["dispute_id", "id"])
    .execute();
  await db.schema.createIndex("dispute_files_sha_idx").on("dispute_files").column("sha256").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("dispute_files").execute();
  await db.schema.dropTable("dispute_events").execute();
  await db.schema.dropTable("dispute_proposals").execute();
  await db.schema.dropTable("dispute_item_locks").execute();
  await db.schema.dropTable("dispute_items").execute();
  await db.schema.dropTable("disputes").execute();
  await db.schema.dropIndex("orders_buyer_recent_idx").execute();
  await db.schema.dropIndex("orders_tracking_idx").execute();
  await db.schema.alterTable("orders").dropColumn("last_tracking_at").execute();
  await db.schema.alterTable("orders").dropColumn("tracking_number").execute();
  await db.schema.alterTable("orders").dropColumn("carrier").execute();
}
