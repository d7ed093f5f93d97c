import type { DbOrTx } from "../../platform/db/database.ts";
import type { OrderItemTable, OrderTable } from "../../platform/db/schema.ts";
import { groupBy } from "../../platform/group-by.ts";

/** An order as the marketplace reported it, with its store's name and seller, and its items. */
export interface OrderRecord extends OrderTable {
  store_name: string;
  seller_user_id: string | null;
  items: OrderItemTable[];
}

function selectOrders(db: DbOrTx) {
  return db
    .selectFrom("orders")
    .innerJoin("stores", "stores.id", "orders.store_id")
    .selectAll("orders")
    .select(["stores.name as store_name", "stores.seller_user_id"]);
}

/** The items of these orders, fetched in one query and handed to each order. */
async function withItems(db: DbOrTx, orders: Omit<OrderRecord, "items">[]): Promise<OrderRecord[]> {
  if (orders.length === 0) return [];
  const items = await db
    .selectFrom("order_items")
    .selectAll()
    .where(
      "order_id",
      "in",
      orders.map((o) => o.id),
    )
    .orderBy("order_id")
    .orderBy("id")
    .execute();
  const itemsOf = groupBy(items, (i) => i.order_id);
  return orders.map((o) => ({ ...o, items: itemsOf.get(o.id) ?? [] }));
}

export function createOrdersRepository() {
  return {
    /** A buyer's orders, newest first, keyset-paged on (ordered_at, id). */
    async ofBuyer(
      db: DbOrTx,
      buyerUserId: string,
      after: { orderedAt: string; id: string } | null,
      limit: number,
    ): Promise<OrderRecord[]> {
      const rows = await selectOrders(db)
        .where("orders.buyer_user_id", "=", buyerUserId)
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb("orders.ordered_at", "<", after!.orderedAt),
              eb.and([eb("orders.ordered_at", "=", after!.orderedAt), eb("orders.id", "<", after!.id)]),
            ]),
          ),
        )
        .orderBy("orders.ordered_at", "desc")
        .orderBy("orders.id", "desc")
        .limit(limit)
        .execute();
      return withItems(db, rows);
    },

    /** Other orders that carry this tracking number: a number that belongs to another order is not this one's. */
    sharingTracking: (db: DbOrTx, trackingNumber: string, exceptOrderId: string) =>
      db
        .selectFrom("orders")
        .select("id")
        .where("tracking_number", "=", trackingNumber)
        .where("id", "<>", exceptOrderId)
        .limit(5)
        .execute()
        .then((rows) => rows.map((r) => r.id)),

    async find(db: DbOrTx, orderId: string): Promise<OrderRecord | undefined> {
      const row = await selectOrders(db).where("orders.id", "=", orderId).executeTakeFirst();
      return row ? (await withItems(db, [row]))[0] : undefined;
    },
  };
}

export type OrdersRepository = ReturnType<typeof createOrdersRepository>;
