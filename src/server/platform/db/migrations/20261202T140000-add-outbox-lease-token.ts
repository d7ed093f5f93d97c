import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Each claim of an outbox row carries a token: only the worker holding the current claim may mark the
 * row done or schedule its retry, so a batch that outlived its lease cannot overwrite its successor.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("lease_token", "text").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("outbox").dropColumn("lease_token").execute();
}
