import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * The audit trail of what is not a report or case: staff roles and departments, trusted flaggers, and
 * enforcements ending. One row per change (what it was, what it became, who changed it, when), appended
 * in the change's transaction; read one subject at a time, in order, through the (subject, id) index.
 */
async function createHistory(db: AnyDb, table: string, subject: string, subjectTable: string) {
  await db.schema
    .createTable(table)
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn(subject, "text", (c) => c.notNull().references(`${subjectTable}.id`))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("data_json", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex(`${table}_subject_idx`).on(table).columns([subject, "id"]).execute();
}

export async function up(db: AnyDb): Promise<void> {
  await createHistory(db, "staff_events", "user_id", "user");
  await createHistory(db, "trusted_flagger_events", "user_id", "user");
  await createHistory(db, "enforcement_events", "enforcement_id", "enforcements");
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("enforcement_events").execute();
  await db.schema.dropTable("trusted_flagger_events").execute();
  await db.schema.dropTable("staff_events").execute();
}
