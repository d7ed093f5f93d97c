import type { ReportFeedbackAbuse } from "../../../contracts/feedback.ts";
import type { ReportCreated } from "../../../contracts/reports.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, DbOrTx } from "../../platform/db/database.ts";
import type { FeedbackTable } from "../../platform/db/schema.feedback.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { ResolvedTarget } from "../catalog/catalog.service.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import { idInAppLink, type ReportTargetProvider } from "../reports/reports.targets.ts";
import type { FeedbackRepository } from "./feedback.repository.ts";
import { contributionOf } from "./feedback.rules.ts";
import { abuseReportsCloseAt } from "./feedback.views.ts";

interface Deps {
  db: Db;
  clock: Clock;
  feedback: FeedbackRepository;
  publicUrl: string;
  /** PostgreSQL: the reported rating's row is locked for the intake, so one person's two reports queue. */
  lockRows: boolean;
  fileReport: ReportsPorts["fileReport"];
}

/** The link a report keeps for a rating: its item's page, scrolled to it. */
export const ratingLink = (publicUrl: string, row: Pick<FeedbackTable, "id" | "listing_id">) =>
  `${publicUrl}/shop/item/${row.listing_id}?rating=${row.id}`;

/** Why a rating may not be reported now by this person, or null when it may. */
function whyNotReportable(row: FeedbackTable, reporter: Actor, now: Date): string | null {
  if (row.buyer_user_id === reporter.userId) return "This is your own rating.";
  const closesAt = abuseReportsCloseAt(row);
  if (!closesAt) return "This rating is not shown, so there is nothing to report.";
  if (now >= closesAt) return "A rating can be reported within 30 days of being shown; this one's are over.";
  return null;
}

/**
 * Ratings as report targets: anyone signed in but their author reports an abusive one within 30 days of
 * it being shown, once. The rating as it was is the case's snapshot; its buyer is the content's author,
 * the one told of a decision and who may appeal it, and is never named to the moderator's public texts.
 */
export function createFeedbackTargets(deps: Deps) {
  const { feedback, publicUrl } = deps;

  async function ratingRecord(db: DbOrTx, row: FeedbackTable) {
    const store = await feedback.storeOf(db, row.store_id);
    const photos = (await feedback.photosOf(db, [row.order_id])).get(row.order_id) ?? [];
    return {
      record: {
        feedbackId: row.id,
        orderId: row.order_id,
        listingId: row.listing_id,
        itemTitle: row.item_title,
        storeId: row.store_id,
        storeName: store?.name ?? "",
        stars: row.stars,
        text: row.text,
        textLanguage: row.text_language,
        photoCount: photos.length,
        // When the content appeared, as the statement of reasons dates it.
        createdAt: row.created_at,
        shownAt: row.revealed_at,
        sellerReply: row.reply_text,
      },
      store,
    };
  }

  const provider: ReportTargetProvider = {
    kind: "feedback",
    reportTypes: ["feedback_abuse"],
    ownsItsTypes: true,
    oncePerReporter: true,
    notFound: "We could not find this rating among the ones shown, or it can no longer be reported.",
    idFromLink: idInAppLink(publicUrl, /^\/shop\/item\/[^/]+\/?$/, "rating"),
    async resolve(tx, id, reporter): Promise<ResolvedTarget | null> {
      const row = await feedback.lockFeedback(tx, id, deps.lockRows);
      if (!row || !reporter || whyNotReportable(row, reporter, deps.clock.now())) return null;
      const { record, store } = await ratingRecord(tx, row);
      return {
        url: ratingLink(publicUrl, row),
        kind: "feedback",
        id: row.id,
        title: `Rating of “${row.item_title}” on ${row.created_at.slice(0, 10)}`,
        storeId: row.store_id,
        storeName: record.storeName,
        sellerUserId: store?.seller_user_id ?? null,
        authorUserId: row.buyer_user_id,
        snapshot: { ...record, capturedAt: deps.clock.now().toISOString() },
      };
    },
    async current(db, id) {
      const row = await feedback.find(db, id);
      return row ? { ...(await ratingRecord(db, row)).record, hiddenAt: row.hidden_at } : null;
    },
    // Hidden, a rating leaves the store's and the listing's figures; shown again, it comes back.
    async hide(tx, id, at) {
      const after = await feedback.setHidden(tx, id, at);
      const before = after && contributionOf({ ...after, hidden_at: null }, -1);
      if (before) await feedback.addContributions(tx, [before]);
    },
    async show(tx, id) {
      const after = await feedback.setHidden(tx, id, null);
      const back = after && contributionOf(after, 1);
      if (back) await feedback.addContributions(tx, [back]);
    },
  };

  /**
   * "Report this rating": a feedback abuse report whose target is the rating, with the reason as its
   * detail. Said plainly when it may not be (the author's own, not shown, too late); a second report by
   * the same person is refused with the way to the first (409).
   */
  async function reportAbuse(
    actor: Actor | null,
    feedbackId: string,
    input: ReportFeedbackAbuse,
  ): Promise<ReportCreated> {
    if (!actor) throw unauthenticated();
    const row = await feedback.find(deps.db, feedbackId);
    if (!row?.revealed_at) throw notFound("This rating");
    if (row.buyer_user_id === actor.userId) throw forbidden("This is your own rating.");
    const why = whyNotReportable(row, actor, deps.clock.now());
    if (why) throw new AppError(422, "not_reportable", why);
    const note = input.note?.trim();
    return deps.fileReport(actor, {
      body: {
        type: "feedback_abuse",
        targetUrls: [ratingLink(publicUrl, row)],
        description: `Reported as an abusive rating from the store's ratings.${note ? ` ${note}` : ""}`,
        agreement: true,
        details: { reason: input.reason },
      },
      files: [],
    });
  }

  return { provider, reportAbuse };
}
