import { type Kysely, PostgresAdapter, sql } from "kysely";

// Migrations take an untyped Kysely: they describe the schema as it was on their day, not as it is now.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function createAuthTables(db: AnyDb): Promise<void> {
  // better-auth's own tables, as its generator writes them for each dialect.
  const pg = isPostgres(db);
  const bool = pg ? "boolean" : "integer";
  const time = pg ? "timestamptz" : "date";
  await db.schema
    .createTable("user")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("emailVerified", sql.raw(bool), (c) => c.notNull())
    .addColumn("image", "text")
    .addColumn("createdAt", sql.raw(time), (c) => c.notNull())
    .addColumn("updatedAt", sql.raw(time), (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().defaultTo("member"))
    .execute();
  await db.schema
    .createTable("session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("expiresAt", sql.raw(time), (c) => c.notNull())
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("createdAt", sql.raw(time), (c) => c.notNull())
    .addColumn("updatedAt", sql.raw(time), (c) => c.notNull())
    .addColumn("ipAddress", "text")
    .addColumn("userAgent", "text")
    .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .execute();
  await db.schema
    .createTable("account")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("accountId", "text", (c) => c.notNull())
    .addColumn("providerId", "text", (c) => c.notNull())
    .addColumn("userId", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("accessToken", "text")
    .addColumn("refreshToken", "text")
    .addColumn("idToken", "text")
    .addColumn("accessTokenExpiresAt", sql.raw(time))
    .addColumn("refreshTokenExpiresAt", sql.raw(time))
    .addColumn("scope", "text")
    .addColumn("password", "text")
    .addColumn("createdAt", sql.raw(time), (c) => c.notNull())
    .addColumn("updatedAt", sql.raw(time), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("verification")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("identifier", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("expiresAt", sql.raw(time), (c) => c.notNull())
    .addColumn("createdAt", sql.raw(time), (c) => c.notNull())
    .addColumn("updatedAt", sql.raw(time), (c) => c.notNull())
    .execute();
  await db.schema.createIndex("session_userId_idx").on("session").column("userId").execute();
  await db.schema.createIndex("account_userId_idx").on("account").column("userId").execute();
  await db.schema
    .createIndex("verification_identifier_idx")
    .on("verification")
    .column("identifier")
    .execute();
}

async function createCatalogTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("stores")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("seller_user_id", "text", (c) => c.references("user.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("frozen_until", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("stores_seller_idx").on("stores").column("seller_user_id").execute();
  await db.schema
    .createTable("listings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("price_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("image_url", "text")
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("listings_store_idx").on("listings").columns(["store_id", "id"]).execute();
  await db.schema
    .createTable("orders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("buyer_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("total_minor", "bigint", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("ordered_at", "text", (c) => c.notNull())
    .addColumn("shipped_at", "text")
    .addColumn("delivered_at", "text")
    .addColumn("promised_by", "text")
    .execute();
  await db.schema.createIndex("orders_buyer_idx").on("orders").columns(["buyer_user_id", "id"]).execute();
  await db.schema
    .createTable("order_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("quantity", "integer", (c) => c.notNull())
    .addColumn("price_minor", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("order_items_order_idx").on("order_items").column("order_id").execute();
}

/** The append-only history of one kind of entity: the audit trail its status is derived from. */
async function createEventTable(db: AnyDb, table: string, owner: string, ownerTable: string): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(owner, "text", (c) => c.notNull().references(`${ownerTable}.id`))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("data_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex(`${table}_owner_idx`).on(table).columns([owner, "id"]).execute();
}

async function createReportTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("department", "text", (c) => c.notNull())
    .addColumn("target_kind", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("target_title", "text", (c) => c.notNull())
    .addColumn("store_id", "text", (c) => c.notNull())
    .addColumn("open_key", "text", (c) => c.unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("priority", "integer", (c) => c.notNull())
    .addColumn("lane", "text", (c) => c.notNull())
    .addColumn("sla_due_at", "text", (c) => c.notNull())
    .addColumn("first_reported_at", "text", (c) => c.notNull())
    .addColumn("last_reported_at", "text", (c) => c.notNull())
    .addColumn("report_count", "integer", (c) => c.notNull())
    .addColumn("reporter_count", "integer", (c) => c.notNull())
    .addColumn("snapshot_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("cases_queue_idx")
    .on("cases")
    .columns(["department", "status", "priority", "sla_due_at", "id"])
    .execute();
  await db.schema.createIndex("cases_target_idx").on("cases").columns(["target_kind", "target_id"]).execute();
  await db.schema.createIndex("cases_store_idx").on("cases").columns(["store_id", "id"]).execute();
  await createEventTable(db, "case_events", "case_id", "cases");
  // Who reported each case, once per reporter: keeps the distinct-reporter count exact without counting.
  await db.schema
    .createTable("case_reporters")
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("reporter_key", "text", (c) => c.notNull())
    .addColumn("first_report_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("case_reporters_pk", ["case_id", "reporter_key"])
    .execute();
  await db.schema
    .createTable("reports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("reference", "text", (c) => c.notNull().unique())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("department", "text", (c) => c.notNull())
    .addColumn("reporter_user_id", "text", (c) => c.references("user.id"))
    .addColumn("reporter_key", "text", (c) => c.notNull())
    .addColumn("contact_email", "text", (c) => c.notNull())
    .addColumn("access_token_hash", "text")
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("description_language", "text")
    .addColumn("details_json", "text", (c) => c.notNull())
    .addColumn("disclose_identity", "integer", (c) => c.notNull())
    .addColumn("agreement_version", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("target_title", "text", (c) => c.notNull())
    .addColumn("target_count", "integer", (c) => c.notNull())
    .addColumn("expected_decision_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("reports_reporter_idx")
    .on("reports")
    .columns(["reporter_user_id", "id"])
    .execute();
  await db.schema
    .createIndex("reports_key_idx")
    .on("reports")
    .columns(["reporter_key", "created_at"])
    .execute();
  await db.schema
    .createIndex("reports_open_by_reporter_idx")
    .on("reports")
    .columns(["reporter_key", "type", "status"])
    .execute();
  await db.schema
    .createTable("report_targets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("target_kind", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("target_title", "text", (c) => c.notNull())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .execute();
  await db.schema
    .createIndex("report_targets_report_idx")
    .on("report_targets")
    .columns(["report_id", "position"])
    .execute();
  await db.schema
    .createIndex("report_targets_case_idx")
    .on("report_targets")
    .columns(["case_id", "id"])
    .execute();
  await db.schema
    .createIndex("report_targets_target_idx")
    .on("report_targets")
    .columns(["target_kind", "target_id"])
    .execute();
  await createEventTable(db, "report_events", "report_id", "reports");
  await db.schema
    .createTable("evidence_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("report_id", "text", (c) => c.notNull().references("reports.id"))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("evidence_report_idx").on("evidence_files").column("report_id").execute();
  await db.schema.createIndex("evidence_sha_idx").on("evidence_files").column("sha256").execute();
}

async function createInfrastructureTables(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
    .addColumn("payload_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("available_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("processed_at", "text")
    .addColumn("last_error", "text")
    .execute();
  await db.schema
    .createIndex("outbox_pending_idx")
    .on("outbox")
    .columns(["processed_at", "available_at"])
    .execute();
  await db.schema
    .createTable("idempotency_keys")
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("status_code", "integer", (c) => c.notNull())
    .addColumn("response_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pk", ["scope", "key"])
    .execute();
}

export async function up(db: AnyDb): Promise<void> {
  await createAuthTables(db);
  await createCatalogTables(db);
  await createReportTables(db);
  await createInfrastructureTables(db);
}
