import type { DbOrTx } from "../../platform/db/database.ts";
import type { HelpArticleTable, HelpArticleWordTable } from "../../platform/db/schema.help.ts";

/** Above every letter and digit: `word < prefix || "~"` bounds the words that start with `prefix`. */
const AFTER_WORD = "~";

/** The most word matches a search reads: far more than the articles of a help center hold. */
const MATCH_ROWS = 2000;

const SUMMARY_COLUMNS = ["slug", "section", "title", "summary"] as const;

export type ArticleRow = HelpArticleTable & { updated_by_name: string | null };
export type WordMatch = Pick<HelpArticleWordTable, "article_id" | "word" | "in_title">;

export function createHelpRepository() {
  const withEditor = (db: DbOrTx) =>
    db
      .selectFrom("help_articles as a")
      .leftJoin("user as u", "u.id", "a.updated_by")
      .selectAll("a")
      .select("u.name as updated_by_name");

  async function replaceWords(tx: DbOrTx, articleId: string, words: WordMatch[]) {
    await tx.deleteFrom("help_article_words").where("article_id", "=", articleId).execute();
    if (words.length > 0) await tx.insertInto("help_article_words").values(words).execute();
  }

  return {
    countArticles: (db: DbOrTx) =>
      db
        .selectFrom("help_articles")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    /** Every published article, section by section, by title: what the help center's first page lists. */
    publishedSummaries: (db: DbOrTx) =>
      db
        .selectFrom("help_articles")
        .select(SUMMARY_COLUMNS)
        .where("status", "=", "published")
        .orderBy("section")
        .orderBy("title")
        .execute(),

    publishedBySlug: (db: DbOrTx, slug: string) =>
      db
        .selectFrom("help_articles")
        .selectAll()
        .where("slug", "=", slug)
        .where("status", "=", "published")
        .executeTakeFirst(),

    /** Other published articles of a section, for "related articles". */
    publishedInSection: (db: DbOrTx, section: string, exceptSlug: string, limit: number) =>
      db
        .selectFrom("help_articles")
        .select(SUMMARY_COLUMNS)
        .where("status", "=", "published")
        .where("section", "=", section)
        .where("slug", "<>", exceptSlug)
        .orderBy("title")
        .limit(limit)
        .execute(),

    /** The words of published articles that start with one of the prefixes: ranges on the word index. */
    matchingWords: (db: DbOrTx, prefixes: string[]): Promise<WordMatch[]> =>
      db
        .selectFrom("help_article_words as w")
        .innerJoin("help_articles as a", "a.id", "w.article_id")
        .select(["w.article_id", "w.word", "w.in_title"])
        .where("a.status", "=", "published")
        .where((eb) =>
          eb.or(prefixes.map((p) => eb.and([eb("w.word", ">=", p), eb("w.word", "<", `${p}${AFTER_WORD}`)]))),
        )
        .limit(MATCH_ROWS)
        .execute(),

    publishedByIds: (db: DbOrTx, ids: string[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom("help_articles")
            .selectAll()
            .where("id", "in", ids)
            .where("status", "=", "published")
            .execute(),

    /** Every article, drafts too, newest first, after the cursor's id. */
    listForAdmins: (db: DbOrTx, afterId: string | null, limit: number): Promise<ArticleRow[]> =>
      withEditor(db)
        .$if(afterId !== null, (q) => q.where("a.id", "<", afterId!))
        .orderBy("a.id", "desc")
        .limit(limit)
        .execute(),

    find: (db: DbOrTx, id: string): Promise<ArticleRow | undefined> =>
      withEditor(db).where("a.id", "=", id).executeTakeFirst(),

    /** Inserts an article and its words; nothing when its slug is already taken and `skipTaken` is set. */
    async insert(tx: DbOrTx, row: HelpArticleTable, words: WordMatch[], skipTaken = false) {
      const inserted = await tx
        .insertInto("help_articles")
        .values(row)
        .$if(skipTaken, (q) => q.onConflict((oc) => oc.column("slug").doNothing()))
        .returning("id")
        .executeTakeFirst();
      if (inserted) await replaceWords(tx, row.id, words);
      return !!inserted;
    },

    /** Saves over the version the editor started from, and nothing if another save came first. */
    async update(
      tx: DbOrTx,
      id: string,
      version: number,
      set: Omit<HelpArticleTable, "id" | "created_at">,
      words: WordMatch[],
    ) {
      const updated = await tx
        .updateTable("help_articles")
        .set(set)
        .where("id", "=", id)
        .where("version", "=", version)
        .returning("id")
        .executeTakeFirst();
      if (updated) await replaceWords(tx, id, words);
      return !!updated;
    },
  };
}

export type HelpRepository = ReturnType<typeof createHelpRepository>;
