import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * The Disputes queue filters on a list of statuses sent as parameters. A partial index whose condition
 * names the statuses is never chosen for such a query on SQLite (it cannot prove the parameters match),
 * which scanned and sorted every dispute; an index led by the status serves any list and one status alike.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("disputes_platform_queue_idx").execute();
  await db.schema
    .createIndex("disputes_status_deadline_idx")
    .on("disputes")
    .columns(["status", "deadline_at", "id"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("disputes_status_deadline_idx").execute();
  await db.schema
    .createIndex("disputes_platform_queue_idx")
    .on("disputes")
    .columns(["deadline_at", "id"])
    .where(sql<boolean>`status in ('escalated', 'awaiting_evidence', 'appealed')`)
    .execute();
}
