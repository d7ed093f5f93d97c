import type { DemoAccountKey } from "./demo.data.ts";

export interface DemoOrder {
  id: string;
  buyer: DemoAccountKey;
  store: string;
  status: "paid" | "shipped" | "delivered" | "completed";
  orderedDaysAgo: number;
  /** null: not shipped yet. */
  shippedDaysAgo: number | null;
  /** null: delivery not confirmed. */
  deliveredDaysAgo: number | null;
  /** The promised delivery, in days after the order. */
  promisedAfterDays: number;
  /** Days since the carrier's last tracking update, when it shipped. */
  lastTrackingDaysAgo?: number;
  currency: "EUR" | "USD";
  /** Listing, quantity, and the unit price paid in the order's currency. */
  items: { listing: string; quantity: number; price: number }[];
  /** The seller's feedback on the buyer, given already: the buyer's ratings of the order show at once. */
  sellerFeedback?: { experience: "positive" | "neutral" | "negative"; text: string; givenDaysAgo: number };
}

/**
 * The demo buyer's orders, one in each state disputes care about: paid and not shipped; in transit
 * before and after its promised date (the late one with no tracking update for 11 days); delivered
 * inside buyer protection; delivered outside it; completed long ago. Several items, two currencies. One
 * delivered order is left to the ratings, one to the whole dispute story.
 */
export const DEMO_ORDERS: DemoOrder[] = [
  {
    id: "or-3001",
    buyer: "buyer",
    store: "st-1001",
    status: "delivered",
    orderedDaysAgo: 12,
    shippedDaysAgo: 10,
    deliveredDaysAgo: 5,
    promisedAfterDays: 14,
    lastTrackingDaysAgo: 5,
    currency: "EUR",
    items: [{ listing: "it-2001", quantity: 1, price: 8999 }],
  },
  {
    id: "or-3002",
    buyer: "buyer",
    store: "st-1003",
    status: "shipped",
    orderedDaysAgo: 8,
    shippedDaysAgo: 6,
    deliveredDaysAgo: null,
    promisedAfterDays: 14,
    lastTrackingDaysAgo: 4,
    currency: "EUR",
    items: [{ listing: "it-2006", quantity: 1, price: 4900 }],
  },
  {
    id: "or-3003",
    buyer: "buyer",
    store: "st-1006",
    status: "completed",
    orderedDaysAgo: 30,
    shippedDaysAgo: 28,
    deliveredDaysAgo: 22,
    promisedAfterDays: 14,
    lastTrackingDaysAgo: 22,
    currency: "EUR",
    items: [
      { listing: "it-2014", quantity: 1, price: 3450 },
      { listing: "it-2016", quantity: 1, price: 1990 },
    ],
  },
  {
    id: "or-3004",
    buyer: "buyer",
    store: "st-1001",
    status: "paid",
    orderedDaysAgo: 1,
    shippedDaysAgo: null,
    deliveredDaysAgo: null,
    promisedAfterDays: 10,
    currency: "EUR",
    items: [
      { listing: "it-2002", quantity: 1, price: 24900 },
      { listing: "it-2003", quantity: 2, price: 1299 },
    ],
  },
  {
    id: "or-3005",
    buyer: "buyer",
    store: "st-1002",
    status: "shipped",
    orderedDaysAgo: 6,
    shippedDaysAgo: 5,
    deliveredDaysAgo: null,
    promisedAfterDays: 10,
    lastTrackingDaysAgo: 1,
    currency: "EUR",
    items: [{ listing: "it-2004", quantity: 2, price: 2450 }],
  },
  {
    id: "or-3006",
    buyer: "buyer",
    store: "st-1001",
    status: "shipped",
    orderedDaysAgo: 20,
    shippedDaysAgo: 18,
    deliveredDaysAgo: null,
    promisedAfterDays: 14,
    lastTrackingDaysAgo: 11,
    currency: "EUR",
    items: [
      { listing: "it-2002", quantity: 1, price: 24900 },
      { listing: "it-2003", quantity: 1, price: 1299 },
    ],
  },
  {
    id: "or-3007",
    buyer: "buyer",
    store: "st-1002",
    status: "delivered",
    orderedDaysAgo: 9,
    shippedDaysAgo: 8,
    deliveredDaysAgo: 3,
    promisedAfterDays: 12,
    lastTrackingDaysAgo: 3,
    currency: "USD",
    items: [
      { listing: "it-2005", quantity: 1, price: 12900 },
      { listing: "it-2004", quantity: 2, price: 2650 },
    ],
  },
  {
    id: "or-3008",
    buyer: "buyer",
    store: "st-1001",
    status: "delivered",
    orderedDaysAgo: 30,
    shippedDaysAgo: 29,
    deliveredDaysAgo: 20,
    promisedAfterDays: 14,
    lastTrackingDaysAgo: 20,
    currency: "EUR",
    items: [{ listing: "it-2003", quantity: 3, price: 1299 }],
  },
  {
    id: "or-3009",
    buyer: "buyer",
    store: "st-1002",
    status: "completed",
    orderedDaysAgo: 210,
    shippedDaysAgo: 208,
    deliveredDaysAgo: 200,
    promisedAfterDays: 14,
    lastTrackingDaysAgo: 200,
    currency: "USD",
    items: [{ listing: "it-2005", quantity: 1, price: 12900 }],
  },
  {
    // Delivered last week, for rating: the storefront shows its ratings and the seller's reply. The
    // seller has rated the buyer already, so the buyer's ratings are shown as soon as they are given.
    id: "or-3010",
    buyer: "buyer",
    store: "st-1001",
    status: "delivered",
    orderedDaysAgo: 9,
    shippedDaysAgo: 8,
    deliveredDaysAgo: 4,
    promisedAfterDays: 14,
    lastTrackingDaysAgo: 4,
    currency: "EUR",
    items: [
      { listing: "it-2001", quantity: 1, price: 8999 },
      { listing: "it-2003", quantity: 2, price: 1299 },
    ],
    sellerFeedback: {
      experience: "positive",
      text: "Paid at once, a pleasure to deal with.",
      givenDaysAgo: 3,
    },
  },
  {
    // Delivered three days ago, for the whole dispute story from the photos to the return's receipt.
    id: "or-3011",
    buyer: "buyer",
    store: "st-1002",
    status: "delivered",
    orderedDaysAgo: 9,
    shippedDaysAgo: 8,
    deliveredDaysAgo: 3,
    promisedAfterDays: 14,
    lastTrackingDaysAgo: 3,
    currency: "USD",
    items: [{ listing: "it-2005", quantity: 1, price: 12900 }],
  },
];
