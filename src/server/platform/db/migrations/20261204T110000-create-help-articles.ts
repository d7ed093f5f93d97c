import { type Kysely, PostgresAdapter, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their day, untyped
type AnyDb = Kysely<any>;

const collateC = sql`collate "C"`;

/**
 * The help center. Articles are Markdown, edited by admins, published or draft; `version` counts saves, so
 * that of two admins saving the same version one wins and the other is told. Search reads a word index
 * (one row per folded word and article) by prefix: `word >= 'evid' and word < 'evid~'` is a range on the
 * primary key on both dialects. On PostgreSQL the word column compares bytewise ("C"), as SQLite does, so
 * that the range holds whatever collation the database was created with.
 */
export async function up(db: AnyDb): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("help_articles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("section", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("user.id"))
    .execute();
  // The public help center: the published articles of each section, by title.
  await db.schema
    .createIndex("help_articles_section_idx")
    .on("help_articles")
    .columns(["status", "section", "title"])
    .execute();

  await db.schema
    .createTable("help_article_words")
    .addColumn("word", "text", (c) => (postgres ? c.notNull().modifyEnd(collateC) : c.notNull()))
    .addColumn("article_id", "text", (c) => c.notNull().references("help_articles.id").onDelete("cascade"))
    .addColumn("in_title", "integer", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("help_article_words_pk", ["word", "article_id"])
    .execute();
  // Replacing an article's words deletes them by article.
  await db.schema
    .createIndex("help_article_words_article_idx")
    .on("help_article_words")
    .columns(["article_id"])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable("help_article_words").execute();
  await db.schema.dropTable("help_articles").execute();
}
