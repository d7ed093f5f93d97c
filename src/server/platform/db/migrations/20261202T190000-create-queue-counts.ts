import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * The queue's open and overdue counts per department, kept for a few seconds: counting every open case
 * on every page was most of a page's database time. In the database, so that every instance shows the
 * same counts and one recount serves them all.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("queue_counts")
    .addColumn("department", "text", (c) => c.primaryKey())
    .addColumn("open_count", "integer", (c) => c.notNull())
    .addColumn("overdue_count", "integer", (c) => c.notNull())
    .addColumn("counted_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("queue_counts").execute();
}
