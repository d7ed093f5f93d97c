import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * API keys for the marketplace's own servers: named and scoped by an admin, the secret shown once and
 * kept only as its SHA-256 (a key is 32 random bytes, so a fast hash is enough), found by its prefix.
 * Statements of reasons are read by the marketplace in the order they were made.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable("api_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull().unique())
    .addColumn("secret_hash", "text", (c) => c.notNull())
    .addColumn("scopes_json", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("user.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("revoked_by", "text", (c) => c.references("user.id"))
    .execute();
  await db.schema
    .createIndex("statements_created_idx")
    .on("statements")
    .columns(["created_at", "puid"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex("statements_created_idx").execute();
  await db.schema.dropTable("api_keys").execute();
}
