import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * The marketplace keeps the catalog mirror up to date through the integration API. Each row remembers
 * the marketplace's own time of the version it holds (`source_updated_at`), so that an older write that
 * arrives late never overwrites a newer one; a deleted store or listing keeps its row (cases point at
 * it) with the moment it was deleted. Listings carry their EAN/GTIN where the marketplace knows it.
 */
export async function up(db: AnyDb): Promise<void> {
  for (const table of ["stores", "listings", "orders"]) {
    await db.schema.alterTable(table).addColumn("source_updated_at", "text").execute();
  }
  await db.schema.alterTable("stores").addColumn("deleted_at", "text").execute();
  await db.schema.alterTable("listings").addColumn("deleted_at", "text").execute();
  await db.schema.alterTable("listings").addColumn("gtin", "text").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("listings").dropColumn("gtin").execute();
  await db.schema.alterTable("listings").dropColumn("deleted_at").execute();
  await db.schema.alterTable("stores").dropColumn("deleted_at").execute();
  for (const table of ["orders", "listings", "stores"]) {
    await db.schema.alterTable(table).dropColumn("source_updated_at").execute();
  }
}
