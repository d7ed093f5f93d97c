import type { DbOrTx } from "../../platform/db/database.ts";

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
    listListings(db: DbOrTx, opts: { afterId: string | null; limit: number; storeId?: string }) {
      let q = selectListings(db)
        .orderBy("listings.id")
        .limit(opts.limit + 1);
      if (opts.afterId) q = q.where("listings.id", ">", opts.afterId);
      if (opts.storeId) q = q.where("listings.store_id", "=", opts.storeId);
      return q.execute();
    },

    findListing(db: DbOrTx, id: string) {
      return selectListings(db).where("listings.id", "=", id).executeTakeFirst();
    },

    async findListings(db: DbOrTx, ids: string[]) {
      return ids.length === 0 ? [] : selectListings(db).where("listings.id", "in", ids).execute();
    },

    listStores(db: DbOrTx, opts: { afterId: string | null; limit: number }) {
      let q = selectStores(db)
        .orderBy("stores.id")
        .limit(opts.limit + 1);
      if (opts.afterId) q = q.where("stores.id", ">", opts.afterId);
      return q.execute();
    },

    findStore(db: DbOrTx, id: string) {
      return selectStores(db).where("stores.id", "=", id).executeTakeFirst();
    },

    async findStores(db: DbOrTx, ids: string[]) {
      return ids.length === 0 ? [] : selectStores(db).where("stores.id", "in", ids).execute();
    },
  };
}

export type CatalogRepository = ReturnType<typeof createCatalogRepository>;
export type ListingRow = NonNullable<Awaited<ReturnType<CatalogRepository["findListing"]>>>;
export type StoreRow = NonNullable<Awaited<ReturnType<CatalogRepository["findStore"]>>>;
