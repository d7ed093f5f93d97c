import type { HelpSectionId } from "../../../contracts/help.ts";
import { BUYER_ARTICLES } from "./help.articles.buyers.ts";
import { REPORTING_ARTICLES } from "./help.articles.reporting.ts";

export interface BuiltInArticle {
  slug: string;
  section: HelpSectionId;
  title: string;
  summary: string;
  body: string;
}

/** The articles a new help center starts with; admins edit them, or add their own, in the console. */
export const BUILT_IN_ARTICLES: BuiltInArticle[] = [...BUYER_ARTICLES, ...REPORTING_ARTICLES];
