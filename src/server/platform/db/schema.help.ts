/** The help center: Markdown articles edited by admins, and the word index that search reads. */

export interface HelpArticleTable {
  id: string;
  /** The article's address: /help/<slug>. */
  slug: string;
  section: string;
  title: string;
  summary: string;
  /** Markdown; rendered and sanitised by the reader. */
  body: string;
  status: string;
  /** 1 when created; each save adds one, and a save must name the version it started from. */
  version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

/** One folded word of an article's title, summary or body; `in_title` 1 when the title has it. */
export interface HelpArticleWordTable {
  word: string;
  article_id: string;
  in_title: number;
}
