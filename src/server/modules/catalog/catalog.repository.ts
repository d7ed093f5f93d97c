import { z } from "zod";
import { ListingStatus, StoreStatus } from "../../../contracts/catalog.ts";
import type { DbOrTx } from "../../platform/db/database.ts";

const Territories = z.array(z.string());

/** The JSON list of countries a restricted listing is hidden in; anything unreadable counts as none. */
function territoriesOf(json: string | null): string[] {
  if (!json) return [];
  try {
    const parsed = Territories.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const parseListing = <Row extends { status: string; restricted_territories: string | null }>(row: Row) => ({
  ...row,
  status: ListingStatus.parse(row.status),
  restricted_territories: territoriesOf(row.restricted_territories),
});

const parseStore = <Row extends { status: string }>(row: Row) => ({
  ...row,
  status: StoreStatus.parse(row.status),
});

function selectListings(db: DbOrTx) {
  return db
    .selectFrom("listings")
    .innerJoin("stores", "stores.id", "listings.store_id")
    .select([
      "listings.id",
      "listings.store_id",
      "listings.title",
      "listings.description",
      "listings.price_minor",
      "listings.currency",
      "listings.image_url",
      "listings.category",
      "listings.status",
      "listings.restricted_territories",
      "stores.name as store_name",
      "stores.seller_user_id",
    ]);
}

function selectStores(db: DbOrTx) {
  return db
    .selectFrom("stores")
    .select((eb) => [
      "stores.id",
      "stores.name",
      "stores.description",
      "stores.country",
      "stores.status",
      "stores.seller_user_id",
      eb
        .selectFrom("listings")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("listings.store_id", "=", "stores.id")
        .as("listing_count"),
    ]);
}

export function createCatalogRepository() {
  return {
    async listListings(db: DbOrTx, opts: { afterId: string | null; limit: number; storeId?: string }) {
      let q = selectListings(db)
        .orderBy("listings.id")
        .limit(opts.limit + 1);
      if (opts.afterId) q = q.where("listings.id", ">", opts.afterId);
      if (opts.storeId) q = q.where("listings.store_id", "=", opts.storeId);
      return (await q.execute()).map(parseListing);
    },

    async findListing(db: DbOrTx, id: string) {
      const row = await selectListings(db).where("listings.id", "=", id).executeTakeFirst();
      return row && parseListing(row);
    },

    async findListings(db: DbOrTx, ids: string[]) {
      if (ids.length === 0) return [];
      return (await selectListings(db).where("listings.id", "in", ids).execute()).map(parseListing);
    },

    async listStores(db: DbOrTx, opts: { afterId: string | null; limit: number }) {
      let q = selectStores(db)
        .orderBy("stores.id")
        .limit(opts.limit + 1);
      if (opts.afterId) q = q.where("stores.id", ">", opts.afterId);
      return (await q.execute()).map(parseStore);
    },

    async findStore(db: DbOrTx, id: string) {
      const row = await selectStores(db).where("stores.id", "=", id).executeTakeFirst();
      return row && parseStore(row);
    },

    async findStores(db: DbOrTx, ids: string[]) {
      if (ids.length === 0) return [];
      return (await selectStores(db).where("stores.id", "in", ids).execute()).map(parseStore);
    },
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
export type ListingRow = NonNullable<Awaited<ReturnType<CatalogRepository["findListing"]>>>;
export type StoreRow = NonNullable<Awaited<ReturnType<CatalogRepository["findStore"]>>>;
