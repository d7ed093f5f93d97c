/**
 * The marketplace rows several benches stand on: buyers, stores (the first one the signed-in seller's)
 * and their listings, written in chunks of multi-row inserts, one transaction each.
 */
import type { Insertable } from "kysely";
import type { Db, DialectName } from "../src/server/platform/db/database.ts";
import type { Database } from "../src/server/platform/db/schema.ts";

export const DAY = 86_400_000;
const CHUNK = 500;

export const pad = (n: number) => String(n).padStart(7, "0");
export const iso = (ms: number) => new Date(ms).toISOString();
/** Time-ordered ids, like the app's: the index sorts them by creation. */
export const idAt = (ms: number, n: number, kind: number) =>
  `${ms.toString(16).padStart(12, "0")}-7${kind.toString(16)}00-8000-${pad(n).padStart(12, "0")}`;

export async function insertChunks<T extends keyof Database>(
  db: Db,
  table: T,
  rows: Insertable<Database[T]>[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.transaction().execute((tx) =>
      tx
        .insertInto(table)
        // biome-ignore lint/suspicious/noExplicitAny: one generic writer for every bench table
        .values(chunk as any)
        .execute(),
    );
  }
}

export interface Marketplace {
  buyers: string[];
  stores: string[];
  /** `listingOf(store, k)`: the id of the store's k-th listing. */
  listingOf: (storeIndex: number, k: number) => string;
}

/** `buyers` buyers, `stores` stores with `listingsPerStore` listings each; store 0 belongs to `sellerId`. */
export async function insertMarketplace(
  db: Db,
  dialect: DialectName,
  shape: { buyers: number; stores: number; listingsPerStore: number; sellerId: string; tag: string },
): Promise<Marketplace> {
  const now = Date.now();
  const created = iso(now - 400 * DAY);
  const buyers = Array.from({ length: shape.buyers }, (_, i) => `bench-buyer-${pad(i)}`);
  await insertChunks(
    db,
    "user",
    buyers.map((id, i) => ({
      id,
      name: `Buyer ${i}`,
      email: `${id}@bench.example`,
      emailVerified: dialect === "sqlite" ? 1 : true,
      image: null,
      createdAt: dialect === "sqlite" ? created : new Date(created),
      updatedAt: dialect === "sqlite" ? created : new Date(created),
      role: "member",
    })),
  );
  const stores = Array.from({ length: shape.stores }, (_, i) => `bench-store-${pad(i)}`);
  await insertChunks(
    db,
    "stores",
    stores.map((id, i) => ({
      id,
      seller_user_id: i === 0 ? shape.sellerId : null,
      name: `Store ${i}`,
      description: `A store of the ${shape.tag} bench.`,
      country: "DE",
      status: "active",
      frozen_until: null,
      payouts_frozen_until: null,
      created_at: created,
      updated_at: created,
    })),
  );
  const listingOf = (storeIndex: number, k: number) =>
    shape.listingsPerStore === 1
      ? `bench-listing-${pad(storeIndex)}`
      : `bench-listing-${pad(storeIndex)}-${k}`;
  await insertChunks(
    db,
    "listings",
    stores.flatMap((store, i) =>
      Array.from({ length: shape.listingsPerStore }, (_, k) => ({
        id: listingOf(i, k),
        store_id: store,
        title: `Bench item ${i}${shape.listingsPerStore === 1 ? "" : `.${k}`}`,
        description: `An item of the ${shape.tag} bench.`,
        price_minor: 2500,
        currency: "EUR",
        image_url: null,
        category: "electronics",
        status: "active",
        restricted_territories: null,
        created_at: created,
        updated_at: created,
      })),
    ),
  );
  return { buyers, stores, listingOf };
}
