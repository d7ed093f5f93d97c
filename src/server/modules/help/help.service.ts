import {
  HELP_SECTION_IDS,
  HELP_SECTION_TITLES,
  type HelpArticle,
  type HelpArticleSummary,
  type HelpCenter,
  type HelpSearchHit,
  HelpSectionId,
  type RouteRequest,
} from "../../../contracts/help.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { HelpArticleTable } from "../../platform/db/schema.help.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { notFound } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { Classifier } from "./assistant/classifier.ts";
import { routeAnswer } from "./assistant/route-answer.ts";
import { BUILT_IN_ARTICLES } from "./help.articles.ts";
import type { HelpRepository } from "./help.repository.ts";
import { excerptOf, indexWordsOf, rankArticles, searchTermsOf } from "./help.search.ts";

export interface HelpDeps {
  db: Db;
  transact: Transact;
  clock: Clock;
  help: HelpRepository;
}

const RELATED = 4;

const summaryOf = (row: Pick<HelpArticleTable, "slug" | "section" | "title" | "summary">) => ({
  slug: row.slug,
  section: HelpSectionId.parse(row.section),
  title: row.title,
  summary: row.summary,
});

/** The public help center: sections, articles, search, and the "What happened?" assistant. */
export function createHelpService({ db, transact, clock, help }: HelpDeps, classifier: Classifier) {
  return {
    async center(): Promise<HelpCenter> {
      const rows = await help.publishedSummaries(db);
      const bySection = new Map<string, HelpArticleSummary[]>();
      for (const row of rows)
        bySection.set(row.section, [...(bySection.get(row.section) ?? []), summaryOf(row)]);
      return {
        sections: HELP_SECTION_IDS.map((id) => ({
          id,
          title: HELP_SECTION_TITLES[id],
          articles: bySection.get(id) ?? [],
        })),
      };
    },

    /** A published article; a draft is not found, as if it did not exist. */
    async article(slug: string): Promise<HelpArticle> {
      const row = await help.publishedBySlug(db, slug);
      if (!row) throw notFound("This article");
      const related = await help.publishedInSection(db, row.section, row.slug, RELATED);
      return {
        ...summaryOf(row),
        body: row.body,
        updatedAt: row.updated_at,
        related: related.map(summaryOf),
      };
    },

    async search(query: { q: string; limit: number }): Promise<{ items: HelpSearchHit[] }> {
      const terms = searchTermsOf(query.q);
      if (terms.length === 0) return { items: [] };
      const ranked = rankArticles(await help.matchingWords(db, terms), terms).slice(0, query.limit);
      const rows = new Map((await help.publishedByIds(db, ranked)).map((row) => [row.id, row]));
      const items = ranked.flatMap((id) => {
        const row = rows.get(id);
        return row ? [{ ...summaryOf(row), excerpt: excerptOf(row.body, terms) }] : [];
      });
      return { items };
    },

    route: (request: RouteRequest) => routeAnswer(classifier, request),

    /**
     * Gives an empty help center the built-in articles. Two instances starting at once on one database
     * each insert what the other has not: a taken slug is skipped.
     */
    async seedBuiltInArticles(): Promise<number> {
      if ((await help.countArticles(db)) > 0) return 0;
      const at = clock.now().toISOString();
      return transact(async (tx) => {
        let inserted = 0;
        for (const article of BUILT_IN_ARTICLES) {
          const id = newId();
          const row = {
            id,
            ...article,
            status: "published",
            version: 1,
            created_at: at,
            updated_at: at,
            updated_by: null,
          };
          if (await help.insert(tx, row, indexWordsOf(id, article), true)) inserted++;
        }
        return inserted;
      });
    },
  };
}

export type HelpService = ReturnType<typeof createHelpService>;
