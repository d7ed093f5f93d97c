import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * A case's counter-notices are numbered by attempt. Two filed at the same moment would both count the
 * earlier ones and take the same number: the database refuses the second, so a complaint never holds
 * two live counter-notices for one attempt.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex("counter_notices_case_attempt_uq")
    .on("counter_notices")
    .columns(["case_id", "attempt"])
    .unique()
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("counter_notices_case_attempt_uq").execute();
}
