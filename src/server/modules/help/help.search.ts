import { fold, wordsOf } from "./assistant/tokens.ts";
import type { WordMatch } from "./help.repository.ts";

/** Words too common to search by, in the languages people ask in. */
const STOPWORDS = new Set(
  (
    "the a an and or of to in on for with my me i is it do does how what when why can where who from be are was this that your you " +
    "der die das ein eine und oder zu im in mit ich mein wie was wann warum ist es den dem von fur " +
    "le la les un une et ou de du des en je mon ma comment quoi quand pourquoi est ce pour avec"
  ).split(" "),
);

const MAX_TERMS = 6;
const MAX_WORD = 40;

/** The folded words of a query worth looking up, once each. */
export function searchTermsOf(query: string): string[] {
  const terms = wordsOf(query).filter((w) => !STOPWORDS.has(w) && w.length <= MAX_WORD);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/** Markdown as plain text: what a reader sees, without the marks. */
export function plainTextOf(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words an article is found by: those of its title (marked), summary and body. */
export function indexWordsOf(articleId: string, parts: { title: string; summary: string; body: string }) {
  const inTitle = new Set(wordsOf(parts.title));
  const all = new Set([...inTitle, ...wordsOf(`${parts.summary} ${plainTextOf(parts.body)}`)]);
  return [...all]
    .filter((word) => word.length <= MAX_WORD)
    .map((word) => ({ word, article_id: articleId, in_title: inTitle.has(word) ? 1 : 0 }));
}

/**
 * Orders the articles that matched: more of the query's terms first, then more of them in the title.
 * A term matches a word it starts ("evid" finds "evidence").
 */
export function rankArticles(matches: WordMatch[], terms: string[]): string[] {
  const scores = new Map<string, { terms: Set<string>; title: Set<string> }>();
  for (const match of matches) {
    const score = scores.get(match.article_id) ?? { terms: new Set(), title: new Set() };
    for (const term of terms) {
      if (!match.word.startsWith(term)) continue;
      score.terms.add(term);
      if (match.in_title) score.title.add(term);
    }
    scores.set(match.article_id, score);
  }
  return [...scores.entries()]
    .sort(([, a], [, b]) => b.terms.size - a.terms.size || b.title.size - a.title.size)
    .map(([id]) => id);
}

const EXCERPT = 180;

/** About 180 characters of the article's text around the first term found, cut at word ends. */
export function excerptOf(markdown: string, terms: string[]): string {
  const text = plainTextOf(markdown);
  // Folding keeps one character per character here (accents off, case down), so positions line up.
  const folded = text
    .split("")
    .map((c) => fold(c).charAt(0) || " ")
    .join("");
  const found = Math.min(
    ...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0),
    Number.MAX_SAFE_INTEGER,
  );
  const start = found === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, found - 60);
  const from = start === 0 ? 0 : text.indexOf(" ", start) + 1;
  const slice = text.slice(from, from + EXCERPT);
  const cut = slice.length < EXCERPT ? slice : slice.slice(0, slice.lastIndexOf(" "));
  return `${from > 0 ? "…" : ""}${cut}${from + cut.length < text.length ? "…" : ""}`;
}
