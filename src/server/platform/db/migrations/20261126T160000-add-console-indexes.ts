import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * The console's queue lists open cases highest priority first, then soonest SLA, then id.
 * cases_queue_idx led with the department and kept priority ascending, so a queue over several
 * departments (a moderator's usual view), and every filter on it, read all open cases and sorted them:
 * at 200,000 cases 25,000 rows for a page of 50 (PostgreSQL scanned the whole table). Led by the status
 * and in the queue's own order, a page is the first rows of cases_open_queue_idx. One department is
 * served by the same index led by the department; it replaces cases_queue_idx, whose columns it has
 * (the per-department counts read it alone).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex("cases_open_queue_idx")
    .on("cases")
    .columns(["status", "priority desc", "sla_due_at", "id"])
    .execute();
  await db.schema
    .createIndex("cases_department_queue_idx")
    .on("cases")
    .columns(["department", "status", "priority desc", "sla_due_at", "id"])
    .execute();
  await db.schema.dropIndex("cases_queue_idx").execute();
}
