import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Scheduled jobs (lifting enforcements, expiry warnings, reply deadlines) run on every worker instance:
 * a lease on the job's row lets one of them run it at a time, and its last run spaces the runs.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("timer_locks")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("lease_token", "text")
    .addColumn("locked_until", "text")
    .addColumn("last_run_at", "text")
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("timer_locks").execute();
}
