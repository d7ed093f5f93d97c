import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Attempt counters for sign-in, sign-up and password resets, per account and per client address, in
 * fixed windows. They live in the database so that a limit holds across every app instance on one
 * PostgreSQL: each attempt is one atomic upsert of its (key, window) row. Expired rows are pruned by
 * expires_at.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("rate_limit_counters")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rate_limit_counters_pk", ["key", "window_start"])
    .execute();
  await db.schema
    .createIndex("rate_limit_counters_expiry_idx")
    .on("rate_limit_counters")
    .column("expires_at")
    .execute();
}
