import { type Insertable, sql } from "kysely";
import type { OrderUpsert } from "../../../contracts/integration.ts";
import type { DbOrTx, Tx } from "../../platform/db/database.ts";
import type { Database } from "../../platform/db/schema.ts";

export type SyncedTable = "stores" | "listings" | "orders";

export async function heldVersions(tx: DbOrTx, table: SyncedTable, ids: string[]) {
  const rows = ids.length
    ? await tx.selectFrom(table).select(["id", "source_updated_at"]).where("id", "in", ids).execute()
    : [];
  return new Map(rows.map((r) => [r.id, r.source_updated_at ?? null]));
}

const changed = (result: { numUpdatedRows: bigint } | undefined) => Number(result?.numUpdatedRows ?? 0) > 0;
const inserted = (result: { numInsertedOrUpdatedRows?: bigint }[]) =>
  result.some((r) => Number(r.numInsertedOrUpdatedRows ?? 0) > 0);

/** Only older versions are overwritten: no held time (rows from before) or an earlier one. */
export function olderThan(table: SyncedTable, version: string) {
  const held = sql.ref(`${table}.source_updated_at`);
  return sql<boolean>`(${held} is null or ${held} < ${version})`;
}

export async function accountIdsByEmail(tx: DbOrTx, emails: string[]) {
  const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
  const rows = wanted.length
    ? await tx.selectFrom("user").select(["id", "email"]).where("email", "in", wanted).execute()
    : [];
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
}

export async function existingIds(tx: DbOrTx, table: "stores" | "listings", ids: string[]) {
  const wanted = [...new Set(ids)];
  const rows = wanted.length
    ? await tx.selectFrom(table).select("id").where("id", "in", wanted).execute()
    : [];
  return new Set(rows.map((r) => r.id));
}

/** A new row, unless another writer inserted it first (then false: the caller's guarded update decides). */
export async function insertIfNew<T extends SyncedTable>(tx: DbOrTx, table: T, row: Insertable<Database[T]>) {
  // One statement for the three tables: their rows differ, the conflict on the id does not.
  const result = await tx
    .insertInto(table as SyncedTable)
    .values(row as never)
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return inserted(result);
}

/** Writes a version over the held one only where that is older; false when it was not (stale). */
export async function updateIfOlder<T extends SyncedTable>(
  tx: DbOrTx,
  table: T,
  id: string,
  version: string,
  fields: Partial<Database[T]>,
) {
  const result = await tx
    .updateTable(table as SyncedTable)
    .set(fields as never)
    .where("id", "=", id)
    .where(olderThan(table, version))
    .executeTakeFirst();
  return changed(result);
}

/** Marks a row deleted as of the marketplace's time, unless a newer version is held. */
export const markDeleted = (tx: DbOrTx, table: "stores" | "listings", id: string, at: string, now: string) =>
  updateIfOlder(tx, table, id, at, { deleted_at: at, source_updated_at: at, updated_at: now });

/**
 * An order's items as the version says: new ones added, known ones updated. None is deleted, since a
 * dispute or a rating may point at it.
 */
export async function writeOrderItems(tx: Tx, order: OrderUpsert) {
  const rows = order.items.map((item) => ({
    id: item.id,
    order_id: order.id,
    listing_id: item.listingId,
    title: item.title,
    quantity: item.quantity,
    price_minor: item.priceMinor,
  }));
  // One statement for the order's items; an id of another order's item is not taken over.
  await tx
    .insertInto("order_items")
    .values(rows)
    .onConflict((oc) =>
      oc
        .column("id")
        .doUpdateSet((eb) => ({
          listing_id: eb.ref("excluded.listing_id"),
          title: eb.ref("excluded.title"),
          quantity: eb.ref("excluded.quantity"),
          price_minor: eb.ref("excluded.price_minor"),
        }))
        .where("order_items.order_id", "=", order.id),
    )
    .execute();
}
