import { z } from "zod";

/** A buyer rates a completed order within this many days of its delivery, and may edit once within them. */
export const FEEDBACK_DAYS = 30;
/** The store rating counts the item ratings of this many months. */
export const RATING_MONTHS = 6;
/** Ratings of one buyer for one store within this many days count once. */
export const SAME_BUYER_DAYS = 10;
/** An item rating of this many stars or more is positive. */
export const POSITIVE_STARS = 4;
/** Photos a buyer may send with an order's rating. */
export const MAX_FEEDBACK_PHOTOS = 5;
/** A shown rating may be reported as abusive within this many days of being shown. */
export const ABUSE_REPORT_DAYS = 30;

const stars = (what: string) =>
  z
    .number({ error: `Give ${what} from 1 to 5 stars.` })
    .int(`Give ${what} from 1 to 5 stars.`)
    .min(1, `Give ${what} from 1 to 5 stars.`)
    .max(5, `Give ${what} from 1 to 5 stars.`);

// Optional: none, null and blank all mean no text (the web form sends what this schema gave it).
const feedbackText = z
  .string({ error: "Write the text as plain text." })
  .trim()
  .max(2000, "Keep the text under 2,000 characters.")
  .nullish()
  .transform((t) => t || null);

export const ItemRatingInput = z.object({
  orderItemId: z.string().min(1, "Choose the item.").max(100),
  stars: stars("the item"),
  text: feedbackText,
});

/** The three detailed ratings of the store, given once per order. */
export const StoreRatingInput = z.object({
  asDescribed: stars("“item as described”"),
  communication: stars("the communication"),
  shippingSpeed: stars("the shipping speed"),
});

export const RateOrder = z.object({
  items: z.array(ItemRatingInput).min(1, "Rate at least one item.").max(50),
  store: StoreRatingInput,
});
export type RateOrder = z.infer<typeof RateOrder>;

/** An edit (once, within the 30 days) of the stars and text of one item rating. */
export const EditFeedback = z.object({ stars: stars("the item"), text: feedbackText });
export type EditFeedback = z.infer<typeof EditFeedback>;

/** How the seller found the buyer of an order: eBay-style, three levels. */
export const BUYER_EXPERIENCES = ["positive", "neutral", "negative"] as const;
export type BuyerExperience = (typeof BUYER_EXPERIENCES)[number];

/** The seller's feedback on the buyer of one order, within the same 30 days. */
export const RateBuyer = z.object({
  experience: z.enum(BUYER_EXPERIENCES, { error: "Choose how it went with this buyer." }),
  text: feedbackText,
});
export type RateBuyer = z.infer<typeof RateBuyer>;

export const BuyerFeedback = z.object({
  orderId: z.string(),
  experience: z.enum(BUYER_EXPERIENCES),
  text: z.string().nullable(),
  createdAt: z.string(),
});
export type BuyerFeedback = z.infer<typeof BuyerFeedback>;

/** A delivered order of the seller's store that still waits for the seller's feedback on its buyer. */
export const OrderToRate = z.object({
  orderId: z.string(),
  buyerName: z.string(),
  deliveredAt: z.string(),
  closesAt: z.string(),
  items: z.array(z.string()),
});
export type OrderToRate = z.infer<typeof OrderToRate>;

export const SellerReply = z.object({
  text: z.string().trim().min(1, "Write your reply.").max(2000, "Keep the reply under 2,000 characters."),
});
export type SellerReply = z.infer<typeof SellerReply>;

/** A photo sent with an order's rating, shown with each of its item ratings. */
export const FeedbackPhoto = z.object({ id: z.string(), fileName: z.string(), url: z.string() });
export type FeedbackPhoto = z.infer<typeof FeedbackPhoto>;

/** One item rating as the public (and its two sides) see it. */
export const Feedback = z.object({
  id: z.string(),
  orderId: z.string(),
  listingId: z.string(),
  itemTitle: z.string(),
  stars: z.number().int(),
  text: z.string().nullable(),
  textLanguage: z.string().nullable(),
  /** The buyer's display name, shortened (first name and initial). */
  buyerName: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  /** The seller won a "not as described" dispute on this order. */
  sellerWonDispute: z.boolean(),
  reply: z.object({ text: z.string(), at: z.string() }).nullable(),
  photos: z.array(FeedbackPhoto),
  /** Until when it may be reported as abusive; null before it is shown and once it is hidden. */
  reportableUntil: z.string().nullable(),
  /** When a decision hid it after a report; hidden ratings reach only their author, marked so. */
  hiddenAt: z.string().nullable(),
});
export type Feedback = z.infer<typeof Feedback>;

/** A rating in a store's list: its seller sees where it may still reply. */
export const StoreFeedbackItem = Feedback.extend({
  mayReply: z.boolean(),
  /** The one asking wrote it: it may not report it. */
  mine: z.boolean(),
});
export type StoreFeedbackItem = z.infer<typeof StoreFeedbackItem>;

/** What a buyer may do about one order's feedback: rate it, edit, or why not. */
export const OrderFeedback = z.object({
  orderId: z.string(),
  mayRate: z.boolean(),
  /** Why the order may not be rated (not delivered yet, the 30 days are over, already rated). */
  why: z.string().nullable(),
  closesAt: z.string().nullable(),
  /**
   * Double-blind: the ratings are shown to the seller and everyone once the seller has given its feedback
   * on the buyer, or at this time (the 30 days close), whichever comes first.
   */
  showsAt: z.string().nullable(),
  /** The seller's feedback on me, once shown (after I rated, or when the 30 days close). */
  sellerFeedback: BuyerFeedback.nullable(),
  /** The seller has given feedback on me that I see once I rate (or the 30 days close). */
  sellerFeedbackWaiting: z.boolean(),
  items: z.array(
    Feedback.extend({
      /** Shown to the seller and the public (see showsAt). */
      shown: z.boolean(),
      mayEdit: z.boolean(),
      /** Why it does not count in the store rating (yet), for its author only. */
      notCountedWhy: z.string().nullable(),
    }),
  ),
  store: StoreRatingInput.nullable(),
});
export type OrderFeedback = z.infer<typeof OrderFeedback>;

export const Histogram = z.object({
  1: z.number().int(),
  2: z.number().int(),
  3: z.number().int(),
  4: z.number().int(),
  5: z.number().int(),
});

/** A store's rating over the last 6 months. */
export const StoreRating = z.object({
  storeId: z.string(),
  /** Share of positive (4–5 stars) among the counted item ratings, 0–100; null with none. */
  positivePercent: z.number().nullable(),
  counted: z.number().int(),
  histogram: Histogram,
  detailed: z.object({
    asDescribed: z.number().nullable(),
    communication: z.number().nullable(),
    shippingSpeed: z.number().nullable(),
  }),
  since: z.string(),
});
export type StoreRating = z.infer<typeof StoreRating>;

/** A listing's average and count, over all its ratings. */
export const ListingRating = z.object({
  listingId: z.string(),
  average: z.number().nullable(),
  count: z.number().int(),
  histogram: Histogram,
});
export type ListingRating = z.infer<typeof ListingRating>;

/** Why a rating is abusive, as a feedback abuse report says. */
export const FEEDBACK_ABUSE_REASONS = [
  "unrelated",
  "insulting",
  "personal_data",
  "competitor",
  "extortion",
] as const;
export const FeedbackAbuseReason = z.enum(FEEDBACK_ABUSE_REASONS, {
  error: "Choose why this rating breaks the rules.",
});
export type FeedbackAbuseReason = z.infer<typeof FeedbackAbuseReason>;

/** A report that a rating is abusive: the rating itself is kept with the report, nothing needs copying. */
export const ReportFeedbackAbuse = z.object({
  reason: FeedbackAbuseReason,
  note: z.string().trim().max(2000, "At most 2000 characters.").optional(),
});
export type ReportFeedbackAbuse = z.input<typeof ReportFeedbackAbuse>;
