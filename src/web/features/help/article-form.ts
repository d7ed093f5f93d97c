import { type AdminHelpArticle, HelpArticleInput } from "../../../contracts/help.ts";
import { type FormErrors, placeIssues } from "../../ui/form-errors.ts";
import { headingId } from "./markdown-html.ts";

export type ArticleValues = HelpArticleInput;

/** Field ids in page order: the first at fault takes the focus. */
export const ARTICLE_FIELD_IDS = {
  title: "article-title-field",
  slug: "article-slug",
  section: "article-section",
  summary: "article-summary",
  body: "article-body",
  status: "article-status",
} as const;

export const NEW_ARTICLE: ArticleValues = {
  title: "",
  slug: "",
  section: "how_to_report",
  summary: "",
  body: "",
  status: "draft",
};

export const valuesOf = (article: AdminHelpArticle): ArticleValues => ({
  title: article.title,
  slug: article.slug,
  section: article.section,
  summary: article.summary,
  body: article.body,
  status: article.status,
});

/** A new article's address follows its title until the admin writes one of its own. */
export const slugFromTitle = (title: string) => headingId(title).slice(0, 100).replace(/-+$/, "");

export function checkArticle(
  values: ArticleValues,
): { ok: true; input: ArticleValues } | { ok: false; errors: FormErrors } {
  const parsed = HelpArticleInput.safeParse(values);
  return parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, errors: placeIssues(parsed.error.issues).errors };
}
