import { FEEDBACK_DAYS, POSITIVE_STARS, SAME_BUYER_DAYS } from "../../../contracts/feedback.ts";
import type { FeedbackTable, StoreFeedbackTable } from "../../platform/db/schema.feedback.ts";

const DAY_MS = 86_400_000;

/** Until when a delivered order may be rated and its ratings edited; null while it is not delivered. */
export function feedbackClosesAt(order: { delivered_at: string | null }): Date | null {
  return order.delivered_at ? new Date(Date.parse(order.delivered_at) + FEEDBACK_DAYS * DAY_MS) : null;
}

/** Why an order may not be rated now, or null when it may. */
export function whyNotRateable(order: { delivered_at: string | null }, now: Date): string | null {
  const closesAt = feedbackClosesAt(order);
  if (!closesAt) return "You can rate the order once it has been delivered.";
  if (now >= closesAt) return `Ratings close ${FEEDBACK_DAYS} days after delivery; this order's closed.`;
  return null;
}

/** A buyer's rating of a store within 10 days after one of its counted ones counts once, with that one. */
export function isRepeat(previousCountedAt: string | null, at: string): boolean {
  return (
    previousCountedAt !== null && Date.parse(at) - Date.parse(previousCountedAt) < SAME_BUYER_DAYS * DAY_MS
  );
}

/** The day a rating falls on, for the store's day aggregate. */
export const dayOf = (iso: string) => iso.slice(0, 10);

type Stars = 1 | 2 | 3 | 4 | 5;

/** What one rating adds to its store's day and its listing (the negative to take it out again). */
export interface Contribution {
  storeId: string;
  listingId: string;
  day: string;
  /** In the store share: not a repeat of the same buyer. */
  counted: boolean;
  stars: Stars;
  sign: 1 | -1;
}

/**
 * Nothing while the rating is not shown yet (double-blind), while the order is in dispute, or after a
 * moderation decision hid it: the seller cannot learn a rating from the store's figures before it shows.
 */
export function contributionOf(row: FeedbackTable, sign: 1 | -1): Contribution | null {
  if (!row.revealed_at || row.held || row.hidden_at) return null;
  return {
    storeId: row.store_id,
    listingId: row.listing_id,
    day: dayOf(row.created_at),
    counted: !row.repeat_of_buyer,
    stars: row.stars as Stars,
    sign,
  };
}

export const isPositive = (stars: number) => stars >= POSITIVE_STARS;

export interface Detailed {
  storeId: string;
  day: string;
  asDescribed: number;
  communication: number;
  shippingSpeed: number;
  count: number;
}

/** What the store's detailed ratings of one order add to its day. */
export function detailedOf(row: StoreFeedbackTable, sign: 1 | -1): Detailed | null {
  if (!row.revealed_at || row.held) return null;
  return {
    storeId: row.store_id,
    day: dayOf(row.created_at),
    asDescribed: sign * row.as_described,
    communication: sign * row.communication,
    shippingSpeed: sign * row.shipping_speed,
    count: sign,
  };
}
