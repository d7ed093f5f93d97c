import { z } from "zod";
import { DisputeReason } from "./disputes.ts";
import { ReportTypeId } from "./report-types.ts";

/** The help center's sections, in the order the help center shows them. */
export const HELP_SECTION_IDS = [
  "disputes_fraud",
  "how_to_report",
  "evidence",
  "buyer_protection",
  "rights_holders",
] as const;
export const HelpSectionId = z.enum(HELP_SECTION_IDS, { error: "Choose a section." });
export type HelpSectionId = z.infer<typeof HelpSectionId>;

export const HELP_SECTION_TITLES: Record<HelpSectionId, string> = {
  disputes_fraud: "Disputes and fraud",
  how_to_report: "How to report",
  evidence: "What evidence works",
  buyer_protection: "Buyer protection",
  rights_holders: "For rights holders",
};

export const HelpArticleStatus = z.enum(["published", "draft"], { error: "Choose published or draft." });
export type HelpArticleStatus = z.infer<typeof HelpArticleStatus>;

export const HELP_BODY_MAX = 20_000;
export const HELP_SEARCH_LIMIT = 20;

/** An article in a list: enough to choose it. */
export const HelpArticleSummary = z.object({
  slug: z.string(),
  section: HelpSectionId,
  title: z.string(),
  summary: z.string(),
});
export type HelpArticleSummary = z.infer<typeof HelpArticleSummary>;

export const HelpSection = z.object({
  id: HelpSectionId,
  title: z.string(),
  articles: z.array(HelpArticleSummary),
});
export const HelpCenter = z.object({ sections: z.array(HelpSection) });
export type HelpCenter = z.infer<typeof HelpCenter>;

/** A published article as the public reads it; `body` is Markdown, rendered (and sanitised) by the reader. */
export const HelpArticle = HelpArticleSummary.extend({
  body: z.string(),
  updatedAt: z.string(),
  related: z.array(HelpArticleSummary),
});
export type HelpArticle = z.infer<typeof HelpArticle>;

export const HelpSearchQuery = z.object({
  q: z
    .string({ error: "Type what you are looking for." })
    .trim()
    .min(2, "Type at least 2 characters.")
    .max(200, "Keep the search under 200 characters."),
  limit: z.coerce.number().int().min(1).max(HELP_SEARCH_LIMIT).default(10),
});

export const HelpSearchHit = HelpArticleSummary.extend({
  /** A plain-text passage of the article around the first word found. */
  excerpt: z.string(),
});
export const HelpSearchResults = z.object({ items: z.array(HelpSearchHit) });
export type HelpSearchHit = z.infer<typeof HelpSearchHit>;

/** An article as admins edit it, drafts included. `version` guards against overwriting another's save. */
export const AdminHelpArticle = HelpArticleSummary.extend({
  id: z.string(),
  body: z.string(),
  status: HelpArticleStatus,
  version: z.number().int(),
  updatedAt: z.string(),
  updatedByName: z.string().nullable(),
});
export type AdminHelpArticle = z.infer<typeof AdminHelpArticle>;

export const AdminHelpArticleQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const HelpArticleInput = z.object({
  title: z
    .string({ error: "Give the article a title." })
    .trim()
    .min(5, "Give the article a title of at least 5 characters.")
    .max(160, "Keep the title under 160 characters."),
  slug: z
    .string({ error: "Give the article an address." })
    .trim()
    .min(3, "Give the article an address of at least 3 characters.")
    .max(100, "Keep the address under 100 characters.")
    .regex(SLUG, "Use lowercase letters, digits and single hyphens, e.g. how-to-report-a-counterfeit."),
  section: HelpSectionId,
  summary: z
    .string({ error: "Say in one sentence what the article answers." })
    .trim()
    .min(10, "Say in one sentence (at least 10 characters) what the article answers.")
    .max(300, "Keep the summary under 300 characters."),
  body: z
    .string({ error: "Write the article." })
    .trim()
    .min(50, "Write the article: at least 50 characters.")
    .max(HELP_BODY_MAX, `Keep the article under ${HELP_BODY_MAX.toLocaleString("en")} characters.`),
  status: HelpArticleStatus,
});
export type HelpArticleInput = z.infer<typeof HelpArticleInput>;

export const HelpArticleUpdate = HelpArticleInput.extend({
  /** The version the editor started from: a save over a newer one is refused with 409. */
  version: z.number({ error: "Send the version you edited." }).int().min(1),
});
export type HelpArticleUpdate = z.infer<typeof HelpArticleUpdate>;

// ── "What happened?": where a problem belongs ──

export const HelpDestination = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("dispute"), reason: DisputeReason }),
  z.object({ kind: z.literal("report"), reportType: ReportTypeId }),
]);
export type HelpDestination = z.infer<typeof HelpDestination>;

export const RouteRequest = z.object({
  text: z
    .string({ error: "Say what happened." })
    .trim()
    .min(3, "Say what happened in a few words.")
    .max(2000, "Keep it under 2,000 characters."),
  /** The answer to "Is it about an order you placed?": no rules out disputes; unknown leaves all open. */
  aboutOrder: z.boolean().optional(),
});
export type RouteRequest = z.infer<typeof RouteRequest>;

/** The asker's words as the assistant quotes them back: one line, the first 80 characters. */
export function quoteOf(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= 80 ? oneLine : `${oneLine.slice(0, 79).trimEnd()}…`;
}

export const RouteChoice = z.object({
  destination: HelpDestination,
  /** 0–1: the classifier's share of belief in this destination. */
  confidence: z.number(),
});
export type RouteChoice = z.infer<typeof RouteChoice>;

export const RouteAnswer = z.object({
  /** False when the best choice is not clearly ahead: then show both choices. */
  sure: z.boolean(),
  /** The best choices, best first: two of them (none when no word of the text was known). */
  choices: z.array(RouteChoice),
  /** Why, in a sentence, e.g. "You said the parcel never arrived: …". */
  explanation: z.string(),
});
export type RouteAnswer = z.infer<typeof RouteAnswer>;
