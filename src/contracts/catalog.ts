import { z } from "zod";

export const StoreStatus = z.enum(["active", "frozen", "closed"]);
export const ListingStatus = z.enum(["active", "removed", "demoted", "restricted"]);

export const Store = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  country: z.string(),
  status: StoreStatus,
  url: z.string(),
  listingCount: z.number().int(),
});
export type Store = z.infer<typeof Store>;

/** One store as its page shows it: with whether the one asking is its seller (its seller's tools show). */
export const StoreView = Store.extend({ yours: z.boolean() });
export type StoreView = z.infer<typeof StoreView>;

export const Listing = z.object({
  id: z.string(),
  storeId: z.string(),
  storeName: z.string(),
  title: z.string(),
  description: z.string(),
  priceMinor: z.number().int(),
  currency: z.string(),
  imageUrl: z.string().nullable(),
  category: z.string(),
  status: ListingStatus,
  /** Country codes (ISO 3166-1 alpha-2) where a restricted listing is hidden; empty otherwise. */
  restrictedTerritories: z.array(z.string()),
  url: z.string(),
});
export type Listing = z.infer<typeof Listing>;

export const ListingQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  storeId: z.string().max(100).optional(),
});

/** `GET /api/v1/catalog/resolve?url=…`: what a pasted link leads to, for the report form's target card. */
export const ResolveQuery = z.object({
  url: z.string({ error: "Give a link." }).trim().min(1, "Give a link.").max(2000, "This link is too long."),
});

export const ResolvedEntry = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("listing"), listing: Listing }),
  z.object({ kind: z.literal("store"), store: Store }),
]);
export type ResolvedEntry = z.infer<typeof ResolvedEntry>;
