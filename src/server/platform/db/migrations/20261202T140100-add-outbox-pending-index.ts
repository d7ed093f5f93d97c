import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * The worker only ever looks for unprocessed rows by `available_at`; a partial index holds just those,
 * so it stays small however many processed rows the table keeps. The older (processed_at, available_at)
 * index stays: the clean-up of processed rows reads it by `processed_at`.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex("outbox_due_idx")
    .on("outbox")
    .column("available_at")
    .where(sql.ref("processed_at"), "is", null)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("outbox_due_idx").execute();
}
