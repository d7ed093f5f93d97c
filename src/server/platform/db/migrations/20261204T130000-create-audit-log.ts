import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/** The hash of the chain before its first entry. */
const GENESIS = "0".repeat(64);

/**
 * The audit log: every staff and admin action, appended in order and hash-chained (each entry's hash
 * covers its own columns and the hash before it). One head row holds the latest sequence number and
 * hash: appending updates it in the same transaction, so appends queue on it and the chain never forks,
 * and a deleted tail shows as a head that names entries that are gone.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("audit_log")
    .addColumn("seq", "integer", (c) => c.primaryKey())
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("data_json", "text", (c) => c.notNull())
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("audit_head")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.insertInto("audit_head").values({ id: 1, seq: 0, hash: GENESIS }).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("audit_head").execute();
  await db.schema.dropTable("audit_log").execute();
}
