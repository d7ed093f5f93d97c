import { z } from "zod";

/** What an API key may do: each integration route names the one it needs. */
export const API_KEY_SCOPES = ["catalog:write", "orders:write", "decisions:read", "webhooks:manage"] as const;
export const ApiKeyScope = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof ApiKeyScope>;

export const IssueApiKey = z.object({
  name: z
    .string({ error: "Name the key after what uses it." })
    .trim()
    .min(3, "Name the key after what uses it, e.g. “Shop backend”.")
    .max(80, "Keep the name under 80 characters."),
  scopes: z
    .array(ApiKeyScope, { error: "Choose what the key may do." })
    .min(1, "Choose at least one thing the key may do.")
    .refine((scopes) => new Set(scopes).size === scopes.length, "Choose each scope once."),
});
export type IssueApiKey = z.infer<typeof IssueApiKey>;

/** A key as the console lists it: never its secret, only the prefix that tells keys apart. */
export const ApiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(ApiKeyScope),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** The answer to issuing a key: the secret, shown this once, and the key as listed. */
export const IssuedApiKey = z.object({ secret: z.string(), key: ApiKey });
export type IssuedApiKey = z.infer<typeof IssuedApiKey>;

/** A statement of reasons as the marketplace reads it, to apply the decision on its side. */
export const StatementFeedItem = z.object({
  puid: z.string(),
  caseId: z.string(),
  storeId: z.string(),
  createdAt: z.string(),
  reversedAt: z.string().nullable(),
  statement: z.record(z.string(), z.unknown()),
});
export type StatementFeedItem = z.infer<typeof StatementFeedItem>;

/** At most this many items in one call; more is refused whole (413). */
export const MAX_BATCH_ITEMS = 1000;

const id = (what: string) =>
  z
    .string({ error: `Give the ${what}'s id.` })
    .trim()
    .min(1, `Give the ${what}'s id.`)
    .max(100, `The ${what}'s id is at most 100 characters.`);
const instant = (what: string) =>
  z.iso.datetime({ offset: true, error: `Give ${what} as an ISO 8601 time, e.g. 2026-12-04T10:00:00Z.` });
const text = (what: string, max: number) =>
  z
    .string({ error: `Give the ${what}.` })
    .trim()
    .min(1, `Give the ${what}.`)
    .max(max, `The ${what} is at most ${max} characters.`);
const minor = (what: string) =>
  z
    .number({ error: `Give the ${what} in minor units (cents).` })
    .int(`Give the ${what} in minor units (cents).`)
    .min(0, `The ${what} cannot be negative.`);
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, "Give the currency as three capital letters (ISO 4217), e.g. EUR.");

/** A store as the marketplace has it; `updatedAt` is the marketplace's time of this version. */
export const StoreUpsert = z.object({
  id: id("store"),
  name: text("store's name", 200),
  description: z.string().max(5000, "The description is at most 5,000 characters.").default(""),
  country: z.string().regex(/^[A-Z]{2}$/, "Give the country as two capital letters (ISO 3166-1), e.g. DE."),
  /** Its seller's email: linked to the Redress account with that address, where there is one. */
  sellerEmail: z.email("Give the seller's email address, or leave it out.").optional(),
  updatedAt: instant("the time of this version"),
});
export type StoreUpsert = z.infer<typeof StoreUpsert>;

export const ListingUpsert = z.object({
  id: id("listing"),
  storeId: id("store"),
  title: text("title", 300),
  description: z.string().max(20000, "The description is at most 20,000 characters.").default(""),
  priceMinor: minor("price"),
  currency,
  imageUrl: z.url("Give the image's address as a full URL.").max(2000).nullish(),
  category: text("category", 100),
  gtin: z
    .string()
    .regex(/^\d{8}$|^\d{12,14}$/, "An EAN/GTIN has 8, 12, 13 or 14 digits.")
    .nullish(),
  updatedAt: instant("the time of this version"),
});
export type ListingUpsert = z.infer<typeof ListingUpsert>;

export const OrderItemUpsert = z.object({
  id: id("order item"),
  listingId: id("listing"),
  title: text("item's title", 300),
  quantity: z.number().int().min(1, "The quantity is at least 1.").max(10000),
  priceMinor: minor("item's price"),
});

export const OrderUpsert = z.object({
  id: id("order"),
  /** The buyer's email: the order belongs to the Redress account with that address. */
  buyerEmail: z.email("Give the buyer's email address."),
  storeId: id("store"),
  status: z.enum(["paid", "shipped", "delivered", "cancelled"], {
    error: "The status is paid, shipped, delivered or cancelled.",
  }),
  totalMinor: minor("total"),
  currency,
  orderedAt: instant("when it was ordered"),
  shippedAt: instant("when it was shipped").nullish(),
  deliveredAt: instant("when it was delivered").nullish(),
  promisedBy: instant("the promised delivery date").nullish(),
  carrier: z.string().max(100).nullish(),
  trackingNumber: z.string().max(100).nullish(),
  lastTrackingAt: instant("the last tracking update").nullish(),
  items: z.array(OrderItemUpsert).min(1, "An order has at least one item.").max(500),
  updatedAt: instant("the time of this version"),
});
export type OrderUpsert = z.infer<typeof OrderUpsert>;

/** One item of a batch as it went: `stale` when a newer version was already held (nothing changed). */
export const BatchItemResult = z.object({
  index: z.number().int(),
  id: z.string().nullable(),
  result: z.enum(["created", "updated", "unchanged", "stale", "deleted", "not_found", "invalid"]),
  /** For `invalid`: what is wrong, by field, as in a 400. */
  fields: z.record(z.string(), z.string()).optional(),
});
export type BatchItemResult = z.infer<typeof BatchItemResult>;

export const BatchResults = z.object({ results: z.array(BatchItemResult) });
export const Batch = z.object({
  items: z.array(z.unknown(), { error: "Send the items as a list." }).min(1, "Send at least one item."),
});
export const DeleteBatch = z.object({
  ids: z.array(z.string().min(1).max(100)).min(1, "Send at least one id."),
  /** The marketplace's time of the deletion: an upsert of a later version brings the item back. */
  deletedAt: z.iso.datetime({ offset: true }),
});
