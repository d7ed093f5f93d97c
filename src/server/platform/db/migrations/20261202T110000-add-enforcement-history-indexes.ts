import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * When a measure ends, the listing's or store's other measures are read in the order they started, to
 * find the strongest still in force: these indexes keep that a lookup. Strikes are read per decision for
 * the seller's Received page.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex("enforcements_target_idx")
    .on("enforcements")
    .columns(["target_kind", "target_id", "starts_at"])
    .execute();
  await db.schema
    .createIndex("enforcements_store_type_idx")
    .on("enforcements")
    .columns(["store_id", "type", "starts_at"])
    .execute();
  await db.schema.createIndex("strikes_decision_idx").on("strikes").column("decision_id").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("strikes_decision_idx").execute();
  await db.schema.dropIndex("enforcements_store_type_idx").execute();
  await db.schema.dropIndex("enforcements_target_idx").execute();
}
