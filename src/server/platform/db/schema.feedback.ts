/** Feedback: item ratings with the store's detailed ratings, and the running aggregates read by store pages. */

export interface FeedbackTable {
  id: string;
  order_id: string;
  /** One rating per order item. */
  order_item_id: string;
  listing_id: string;
  store_id: string;
  buyer_user_id: string;
  item_title: string;
  stars: number;
  text: string | null;
  text_language: string | null;
  created_at: string;
  /** Set by the one edit allowed. */
  edited_at: string | null;
  reply_text: string | null;
  replied_at: string | null;
  /** 1 when it is one of the buyer's ratings for the store within 10 days of a counted one. */
  repeat_of_buyer: number;
  /** 1 while the order is in an unresolved dispute: the rating is kept out of the aggregates. */
  held: number;
  /** 1 when the seller won a "not as described" dispute on the order. */
  seller_won_dispute: number;
  /** Set when a moderation decision hid it: out of the public lists and of the rating. */
  hidden_at: string | null;
  /**
   * Double-blind: null while only its author sees it; set once the seller has given its feedback on the
   * buyer, or the 30 days closed (`reveal_due_at`). Only then is it public and in the rating.
   */
  revealed_at: string | null;
  reveal_due_at: string;
}

/** The seller's feedback on the buyer of one order: shown to the buyer as the ratings are to the seller. */
export interface BuyerFeedbackTable {
  order_id: string;
  store_id: string;
  buyer_user_id: string;
  seller_user_id: string;
  experience: "positive" | "neutral" | "negative";
  text: string | null;
  created_at: string;
  reveal_due_at: string;
  revealed_at: string | null;
}

/** A photo sent with an order's rating; public once the rating is. */
export interface FeedbackPhotoTable {
  id: string;
  order_id: string;
  /** 0–4: the order the buyer gave them in. */
  position: number;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  file_name: string;
  created_at: string;
}

/** The three detailed ratings of the store, once per order. */
export interface StoreFeedbackTable {
  order_id: string;
  store_id: string;
  buyer_user_id: string;
  as_described: number;
  communication: number;
  shipping_speed: number;
  created_at: string;
  /** As for the item ratings: 1 while the order is in an unresolved dispute. */
  held: number;
  /** As for the item ratings: set when the order's ratings are shown. */
  revealed_at: string | null;
}

/** A store's counted ratings of one day: the rating over 6 months is the sum of at most 183 rows. */
export interface StoreRatingDayTable {
  store_id: string;
  day: string;
  counted: number;
  positive: number;
  stars_1: number;
  stars_2: number;
  stars_3: number;
  stars_4: number;
  stars_5: number;
  as_described_sum: number;
  communication_sum: number;
  shipping_speed_sum: number;
  detailed_count: number;
}

/** A listing's ratings over all time. */
export interface ListingRatingTable {
  listing_id: string;
  count: number;
  stars_sum: number;
  stars_1: number;
  stars_2: number;
  stars_3: number;
  stars_4: number;
  stars_5: number;
}
