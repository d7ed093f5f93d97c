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
  url: z.string(),
});
export type Listing = z.infer<typeof Listing>;

export const ListingQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  storeId: z.string().max(100).optional(),
});
