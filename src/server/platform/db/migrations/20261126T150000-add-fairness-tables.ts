import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/** Trusted flaggers, reporters' standing (fast lane, misuse), appeals, counter-notices, reversible enforcement. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("trusted_flaggers")
    .addColumn("user_id", "text", (c) => c.primaryKey().references("user.id"))
    .addColumn("organisation", "text", (c) => c.notNull())
    .addColumn("designated_by", "text", (c) => c.notNull())
    .addColumn("designated_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();

  await db.schema
    .alterTable("reports")
    .addColumn("source", "text", (c) => c.notNull().defaultTo("notice"))
    .execute();
  await db.schema
    .alterTable("cases")
    .addColumn("trusted_flagger", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  // One row per reporter: kept up to date when its reports are decided or marked, read at intake by key.
  await db.schema
    .createTable("reporter_standing")
    .addColumn("reporter_key", "text", (c) => c.primaryKey())
    .addColumn("fast_lane", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("fast_lane_left_at", "text")
    .addColumn("warned_at", "text")
    .addColumn("suspended_until", "text")
    // The reporter's appeal of its suspension (one per suspension), decided by a senior moderator or admin.
    .addColumn("appeal_statement", "text")
    .addColumn("appeal_at", "text")
    .addColumn("appeal_outcome", "text")
    .addColumn("appeal_reason", "text")
    .addColumn("appeal_decided_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("misuse_marks")
    .addColumn("report_id", "text", (c) => c.primaryKey().references("reports.id"))
    .addColumn("reporter_key", "text", (c) => c.notNull())
    .addColumn("marked_by", "text", (c) => c.notNull())
    .addColumn("marked_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("misuse_marks_reporter_idx")
    .on("misuse_marks")
    .columns(["reporter_key", "marked_at"])
    .execute();

  // What each enforcement found before it acted, so that a reversal restores exactly that.
  await db.schema.alterTable("enforcements").addColumn("previous_json", "text").execute();
  await db.schema.alterTable("enforcements").addColumn("lift_reason", "text").execute();
  await db.schema.alterTable("statements").addColumn("reversed_at", "text").execute();

  await db.schema
    .createTable("appeals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("decision_id", "text", (c) => c.notNull().references("decisions.id"))
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("department", "text", (c) => c.notNull())
    .addColumn("appellant_kind", "text", (c) => c.notNull())
    .addColumn("appellant_key", "text", (c) => c.notNull())
    .addColumn("appellant_user_id", "text")
    .addColumn("report_id", "text")
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("decided_by", "text")
    .addColumn("decided_at", "text")
    .addColumn("reason", "text")
    .addUniqueConstraint("appeals_once_per_decision", ["decision_id", "appellant_key"])
    .execute();
  await db.schema
    .createIndex("appeals_queue_idx")
    .on("appeals")
    .columns(["department", "status", "created_at"])
    .execute();

  await db.schema
    .createTable("counter_notices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("decision_id", "text", (c) => c.notNull().references("decisions.id"))
    .addColumn("seller_user_id", "text", (c) => c.notNull())
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("reply_due_at", "text", (c) => c.notNull())
    .addColumn("reply", "text")
    .addColumn("replied_at", "text")
    .addColumn("decided_by", "text")
    .addColumn("decided_at", "text")
    .addColumn("outcome", "text")
    .addColumn("reason", "text")
    .execute();
  await db.schema
    .createIndex("counter_notices_case_idx")
    .on("counter_notices")
    .columns(["case_id", "attempt"])
    .execute();
  await db.schema
    .createIndex("counter_notices_queue_idx")
    .on("counter_notices")
    .columns(["status", "reply_due_at"])
    .execute();

  // Evidence sent with an appeal or a seller's answer: files in the evidence store, rows here.
  await db.schema
    .createTable("attachments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("owner_kind", "text", (c) => c.notNull())
    .addColumn("owner_id", "text", (c) => c.notNull())
    .addColumn("case_id", "text", (c) => c.notNull().references("cases.id"))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("mime_type", "text", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("attachments_owner_idx")
    .on("attachments")
    .columns(["owner_kind", "owner_id"])
    .execute();
  await db.schema.createIndex("attachments_sha_idx").on("attachments").column("sha256").execute();
}
