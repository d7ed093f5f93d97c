import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/** Staff departments, claims, decisions, enforcement, strikes, statements of reasons, internal notes. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("staff_departments")
    .addColumn("user_id", "text", (c) => c.notNull().references("user.id").onDelete("cascade"))
    .addColumn("department", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("staff_departments_pk", ["user_id", "department"])
    .execute();

  await db.schema.alterTable("cases").addColumn("claimed_by", "text").execute();
  await db.schema.alterTable("cases").addColumn("claim_expires_at", "text").execute();
  await db.schema.alterTable("cases").addColumn("decided_at", "text").execute();
  // While a case waits for a reporter's answer its SLA clock stands still; this is when it stopped.
  await db.schema.alterTable("cases").addColumn("sla_paused_at", "text").execute();
  await db.schema.createIndex("cases_claimed_idx").on("cases").columns(["claimed_by", "status"]).execute();

  await db.schema
    .createTable("decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("actions_json", "text", (c) => c.notNull())
    .addColumn("ground_json", "text")
    .addColumn("facts", "text")
    .addColumn("message", "text")
    .addColumn("statement_puid", "text")
    .addColumn("decided_by", "text", (c) => c.notNull().references("user.id"))
    .addColumn("decided_at", "text", (c) => c.notNull())
    // A decision reversed on appeal that reopened its case; the case then gets a new decision.
    .addColumn("superseded_at", "text")
    .execute();
  await db.schema
    .createIndex("decisions_case_idx")
    .on("decisions")
    .columns(["case_id", "superseded_at"])
    .execute();

  await db.schema
    .createTable("enforcements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("decision_id", "text", (c) => c.notNull().references("decisions.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("target_kind", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("store_id", "text", (c) => c.notNull())
    .addColumn("params_json", "text", (c) => c.notNull())
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text")
    .addColumn("lifted_at", "text")
    .execute();
  await db.schema
    .createIndex("enforcements_due_idx")
    .on("enforcements")
    .columns(["lifted_at", "ends_at"])
    .execute();
  await db.schema.createIndex("enforcements_decision_idx").on("enforcements").column("decision_id").execute();

  await db.schema
    .createTable("strikes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("store_id", "text", (c) => c.notNull().references("stores.id"))
    .addColumn("seller_key", "text", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("decision_id", "text", (c) => c.notNull().references("decisions.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("removed_at", "text")
    .execute();
  await db.schema
    .createIndex("strikes_seller_idx")
    .on("strikes")
    .columns(["seller_key", "expires_at"])
    .execute();

  await db.schema
    .createTable("statements")
    .addColumn("puid", "text", (c) => c.primaryKey())
    .addColumn("decision_id", "text", (c) => c.notNull().references("decisions.id"))
    .addColumn("case_id", "text", (c) => c.notNull())
    .addColumn("store_id", "text", (c) => c.notNull())
    .addColumn("statement_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .execute();
  await db.schema
    .createIndex("statements_store_idx")
    .on("statements")
    .columns(["store_id", "created_at"])
    .execute();

  await db.schema
    .createTable("case_notes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("author_user_id", "text", (c) => c.notNull().references("user.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_notes_case_idx").on("case_notes").columns(["case_id", "id"]).execute();

  await db.schema
    .createTable("decision_macros")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("department", "text")
    .addColumn("decision_json", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  // Admins' wording of what reporters are told per outcome; absent keys use the built-in text.
  await db.schema
    .createTable("outcome_templates")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.notNull().references("user.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema.alterTable("stores").addColumn("payouts_frozen_until", "text").execute();
  await db.schema.alterTable("listings").addColumn("restricted_territories", "text").execute();
}
