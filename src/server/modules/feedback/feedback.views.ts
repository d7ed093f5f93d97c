import {
  ABUSE_REPORT_DAYS,
  type BuyerFeedback,
  type Feedback,
  type FeedbackPhoto,
} from "../../../contracts/feedback.ts";
import type {
  BuyerFeedbackTable,
  FeedbackPhotoTable,
  FeedbackTable,
} from "../../platform/db/schema.feedback.ts";
import { shortName } from "../../platform/short-name.ts";

/** How ratings and feedback look on the wire: the same for the buyer, the seller and the public. */

export const photoView = (p: FeedbackPhotoTable): FeedbackPhoto => ({
  id: p.id,
  fileName: p.file_name,
  url: `/api/v1/feedback/photos/${p.id}`,
});

export function feedbackView(
  row: FeedbackTable,
  buyerName: string,
  photos: FeedbackPhotoTable[] = [],
): Feedback {
  return {
    id: row.id,
    orderId: row.order_id,
    listingId: row.listing_id,
    itemTitle: row.item_title,
    stars: row.stars,
    text: row.text,
    textLanguage: row.text_language,
    buyerName: shortName(buyerName),
    createdAt: row.created_at,
    editedAt: row.edited_at,
    sellerWonDispute: !!row.seller_won_dispute,
    reply: row.reply_text && row.replied_at ? { text: row.reply_text, at: row.replied_at } : null,
    photos: photos.map(photoView),
    reportableUntil: abuseReportsCloseAt(row)?.toISOString() ?? null,
    hiddenAt: row.hidden_at,
  };
}

/** Until when a rating may be reported as abusive: 30 days from when it was shown; null while it may not be. */
export function abuseReportsCloseAt(row: Pick<FeedbackTable, "revealed_at" | "hidden_at">): Date | null {
  if (!row.revealed_at || row.hidden_at) return null;
  return new Date(Date.parse(row.revealed_at) + ABUSE_REPORT_DAYS * 86_400_000);
}

export const buyerFeedbackView = (row: BuyerFeedbackTable): BuyerFeedback => ({
  orderId: row.order_id,
  experience: row.experience,
  text: row.text,
  createdAt: row.created_at,
});

export const average = (sum: number, n: number) => (n > 0 ? Math.round((sum / n) * 10) / 10 : null);
