import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

/**
 * Cases about what a person wrote rather than what a store sells: a rating's author is a buyer, not the
 * store's seller, and it is the author who is told of the decision and may appeal it. A message or a
 * rating that a decision hid keeps the moment, so that an appeal can show it again.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable("cases")
    .addColumn("author_user_id", "text", (c) => c.references("user.id"))
    .execute();
  // An author's Received list: the cases about its own content, newest first.
  await db.schema.createIndex("cases_author_idx").on("cases").columns(["author_user_id", "id"]).execute();
  await db.schema.alterTable("messages").addColumn("hidden_at", "text").execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable("messages").dropColumn("hidden_at").execute();
  await db.schema.dropIndex("cases_author_idx").execute();
  await db.schema.alterTable("cases").dropColumn("author_user_id").execute();
}
