import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/** The rights-holder vault: holders with identity documents, IP rights with their files and history. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("rights_holders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().unique().references("user.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("legal_name", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("contact_email", "text", (c) => c.notNull())
    .addColumn("company_number", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("rights_holder_documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("holder_id", "text", (c) => c.notNull().references("rights_holders.id"))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("rights_holder_documents_holder_idx")
    .on("rights_holder_documents")
    .columns(["holder_id", "id"])
    .execute();
  // A blob may be removed only when no row of any kind uses it: these indexes make that check cheap.
  await db.schema
    .createIndex("rights_holder_documents_sha_idx")
    .on("rights_holder_documents")
    .column("sha256")
    .execute();

  await db.schema
    .createTable("rights")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("holder_id", "text", (c) => c.notNull().references("rights_holders.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("registration_number", "text", (c) => c.notNull())
    .addColumn("office", "text", (c) => c.notNull())
    .addColumn("classes_json", "text", (c) => c.notNull())
    .addColumn("owner_name", "text", (c) => c.notNull())
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_to", "text")
    .addColumn("acts_as_agent", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rejection_reason", "text")
    .addColumn("reviewed_by", "text", (c) => c.references("user.id"))
    .addColumn("reviewed_at", "text")
    .addColumn("expiry_warned_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("rights_holder_idx").on("rights").columns(["holder_id", "id"]).execute();
  // The review queue, oldest first per status.
  await db.schema.createIndex("rights_queue_idx").on("rights").columns(["status", "id"]).execute();
  // The expiry warning scan: approved rights not yet warned, by end date.
  await db.schema
    .createIndex("rights_expiry_idx")
    .on("rights")
    .columns(["status", "expiry_warned_at", "valid_to"])
    .execute();

  await db.schema
    .createTable("right_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("right_id", "text", (c) => c.notNull().references("rights.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("right_files_right_idx")
    .on("right_files")
    .columns(["right_id", "id"])
    .execute();
  await db.schema.createIndex("right_files_sha_idx").on("right_files").column("sha256").execute();

  // Append-only history of each right: its status is derived from the latest event.
  await db.schema
    .createTable("right_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("right_id", "text", (c) => c.notNull().references("rights.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("data_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("right_events_owner_idx")
    .on("right_events")
    .columns(["right_id", "id"])
    .execute();
}
