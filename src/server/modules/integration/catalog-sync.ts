import type { z } from "zod";
import {
  type BatchItemResult,
  ListingUpsert,
  OrderUpsert,
  StoreUpsert,
} from "../../../contracts/integration.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { fieldsFromIssues } from "../../platform/http/error-handler.ts";
import {
  accountIdsByEmail,
  existingIds,
  heldVersions,
  insertIfNew,
  markDeleted,
  type SyncedTable,
  updateIfOlder,
  writeOrderItems,
} from "./catalog-sync.repository.ts";

type Outcome = BatchItemResult["result"];

/** The marketplace's times, compared as text: the same instant always reads the same. */
const utc = (iso: string) => new Date(iso).toISOString();
const nullableUtc = (iso: string | null | undefined) => (iso ? utc(iso) : null);

interface Parsed<T> {
  index: number;
  item: T;
}

/** Each item on its own: the valid ones go on, each invalid one is answered with its fields. */
function parseEach<T>(schema: z.ZodType<T>, items: unknown[], results: BatchItemResult[]): Parsed<T>[] {
  const valid: Parsed<T>[] = [];
  items.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) valid.push({ index, item: parsed.data });
    else {
      const id = (raw as { id?: unknown } | null)?.id;
      results[index] = {
        index,
        id: typeof id === "string" ? id : null,
        result: "invalid",
        fields: fieldsFromIssues(parsed.error.issues),
      };
    }
  });
  return valid;
}

const invalid = (index: number, id: string, fields: Record<string, string>): BatchItemResult => ({
  index,
  id,
  result: "invalid",
  fields,
});

/**
 * Writes one version of a row unless a version at least as new is held: inserted when new, updated
 * only where the held version is older (the condition is in the statement, so two writers at once
 * cannot both pass it). What `insert` and `update` write is the caller's.
 */
async function writeVersion(
  held: string | null | undefined,
  version: string,
  write: { insert(): Promise<boolean>; update(): Promise<boolean> },
): Promise<Outcome> {
  if (held === undefined && (await write.insert())) return "created";
  if (held && held === version) return "unchanged";
  if (held && held > version) return "stale";
  return (await write.update()) ? "updated" : "stale";
}

interface Deps {
  transact: Transact;
  clock: Clock;
}

/**
 * The marketplace's writes to the catalog mirror: stores, listings and orders upserted in batches,
 * idempotent (the same version twice changes nothing), each item answered on its own, and never an
 * older version over a newer one. A listing's or store's moderation state is Redress's: a write changes
 * what the marketplace owns (names, texts, prices), never a status a decision set.
 */
export function createCatalogSync({ transact, clock }: Deps) {
  async function batch<T extends { id: string; updatedAt: string }>(
    table: SyncedTable,
    schema: z.ZodType<T>,
    items: unknown[],
    apply: (tx: Tx, valid: Parsed<T>[], held: Map<string, string | null>) => Promise<BatchItemResult[]>,
  ): Promise<BatchItemResult[]> {
    const results: BatchItemResult[] = new Array(items.length);
    const valid = parseEach(schema, items, results);
    const done = await transact(async (tx) =>
      apply(
        tx,
        valid,
        await heldVersions(
          tx,
          table,
          valid.map((v) => v.item.id),
        ),
      ),
    );
    for (const result of done) results[result.index] = result;
    return results;
  }

  const now = () => clock.now().toISOString();

  return {
    upsertStores: (items: unknown[]) =>
      batch("stores", StoreUpsert, items, async (tx, valid, held) => {
        const sellers = await accountIdsByEmail(
          tx,
          valid.flatMap((v) => (v.item.sellerEmail ? [v.item.sellerEmail] : [])),
        );
        const out: BatchItemResult[] = [];
        for (const { index, item } of valid) {
          const version = utc(item.updatedAt);
          const fields = {
            name: item.name,
            description: item.description,
            country: item.country,
            seller_user_id: item.sellerEmail ? (sellers.get(item.sellerEmail.toLowerCase()) ?? null) : null,
            source_updated_at: version,
            deleted_at: null,
            updated_at: now(),
          };
          const result = await writeVersion(held.get(item.id), version, {
            insert: () =>
              insertIfNew(tx, "stores", {
                id: item.id,
                ...fields,
                status: "active",
                frozen_until: null,
                created_at: now(),
              }),
            update: () => updateIfOlder(tx, "stores", item.id, version, fields),
          });
          out.push({ index, id: item.id, result });
        }
        return out;
      }),

    upsertListings: (items: unknown[]) =>
      batch("listings", ListingUpsert, items, async (tx, valid, held) => {
        const stores = await existingIds(
          tx,
          "stores",
          valid.map((v) => v.item.storeId),
        );
        const out: BatchItemResult[] = [];
        for (const { index, item } of valid) {
          if (!stores.has(item.storeId)) {
            out.push(invalid(index, item.id, { storeId: "No store has this id: send the store first." }));
            continue;
          }
          const version = utc(item.updatedAt);
          const fields = {
            store_id: item.storeId,
            title: item.title,
            description: item.description,
            price_minor: item.priceMinor,
            currency: item.currency,
            image_url: item.imageUrl ?? null,
            category: item.category,
            gtin: item.gtin ?? null,
            source_updated_at: version,
            deleted_at: null,
            updated_at: now(),
          };
          const result = await writeVersion(held.get(item.id), version, {
            insert: () =>
              insertIfNew(tx, "listings", {
                id: item.id,
                ...fields,
                status: "active",
                restricted_territories: null,
                created_at: now(),
              }),
            update: () => updateIfOlder(tx, "listings", item.id, version, fields),
          });
          out.push({ index, id: item.id, result });
        }
        return out;
      }),

    upsertOrders: (items: unknown[]) =>
      batch("orders", OrderUpsert, items, async (tx, valid, held) => {
        const buyers = await accountIdsByEmail(
          tx,
          valid.map((v) => v.item.buyerEmail),
        );
        const stores = await existingIds(
          tx,
          "stores",
          valid.map((v) => v.item.storeId),
        );
        const listings = await existingIds(
          tx,
          "listings",
          valid.flatMap((v) => v.item.items.map((i) => i.listingId)),
        );
        const out: BatchItemResult[] = [];
        for (const { index, item } of valid) {
          const problems = orderProblems(item, buyers, stores, listings);
          if (problems) {
            out.push(invalid(index, item.id, problems));
            continue;
          }
          const version = utc(item.updatedAt);
          const fields = {
            buyer_user_id: buyers.get(item.buyerEmail.toLowerCase())!,
            store_id: item.storeId,
            status: item.status,
            total_minor: item.totalMinor,
            currency: item.currency,
            ordered_at: utc(item.orderedAt),
            shipped_at: nullableUtc(item.shippedAt),
            delivered_at: nullableUtc(item.deliveredAt),
            promised_by: nullableUtc(item.promisedBy),
            carrier: item.carrier ?? null,
            tracking_number: item.trackingNumber ?? null,
            last_tracking_at: nullableUtc(item.lastTrackingAt),
            source_updated_at: version,
          };
          const result = await writeVersion(held.get(item.id), version, {
            insert: () => insertIfNew(tx, "orders", { id: item.id, ...fields }),
            update: () => updateIfOlder(tx, "orders", item.id, version, fields),
          });
          if (result === "created" || result === "updated") await writeOrderItems(tx, item);
          out.push({ index, id: item.id, result });
        }
        return out;
      }),

    /** Deletes as of the marketplace's time: the rows stay (cases point at them), marked deleted. */
    async deleteRows(
      table: "stores" | "listings",
      ids: string[],
      deletedAt: string,
    ): Promise<BatchItemResult[]> {
      const at = utc(deletedAt);
      return transact(async (tx) => {
        const held = await heldVersions(tx, table, ids);
        const out: BatchItemResult[] = [];
        for (const [index, id] of ids.entries()) {
          if (!held.has(id)) {
            out.push({ index, id, result: "not_found" });
            continue;
          }
          const deleted = await markDeleted(tx, table, id, at, now());
          out.push({ index, id, result: deleted ? "deleted" : "stale" });
        }
        return out;
      });
    },
  };
}

function orderProblems(
  order: z.infer<typeof OrderUpsert>,
  buyers: Map<string, string>,
  stores: Set<string>,
  listings: Set<string>,
): Record<string, string> | null {
  const fields: Record<string, string> = {};
  if (!buyers.has(order.buyerEmail.toLowerCase()))
    fields.buyerEmail = "No Redress account has this email: the buyer's orders come once the buyer signs up.";
  if (!stores.has(order.storeId)) fields.storeId = "No store has this id: send the store first.";
  order.items.forEach((item, i) => {
    if (!listings.has(item.listingId))
      fields[`items.${i}.listingId`] = "No listing has this id: send the listing first.";
  });
  return Object.keys(fields).length > 0 ? fields : null;
}

export type CatalogSync = ReturnType<typeof createCatalogSync>;
