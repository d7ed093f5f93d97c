import { z } from "zod";
import { FEEDBACK_DAYS, type OrderToRate, type RateBuyer } from "../../../contracts/feedback.ts";
import type { Clock } from "../../platform/clock.ts";
import { type Db, isUniqueViolation } from "../../platform/db/database.ts";
import { keysetCursor } from "../../platform/db/pagination.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { shortName } from "../../platform/short-name.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import type { FeedbackRepository } from "./feedback.repository.ts";
import { revealOrder } from "./feedback.reveal.ts";
import { feedbackClosesAt, whyNotRateable } from "./feedback.rules.ts";
import { buyerFeedbackView } from "./feedback.views.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  feedback: FeedbackRepository;
  orders: CatalogPorts["orders"];
}

const orderCursor = keysetCursor(z.tuple([z.string()]));
const DAY_MS = 86_400_000;

/** The seller's side of double-blind feedback: its feedback on each order's buyer, within the 30 days. */
export function createSellerFeedback(deps: Deps) {
  const { db, transact, clock, feedback, orders } = deps;

  async function sellersStore(actor: Actor | null, storeId: string) {
    if (!actor) throw unauthenticated();
    if ((await feedback.sellerOf(db, storeId)) !== actor.userId)
      throw forbidden("Only the store's seller sees the orders waiting for its feedback.");
  }

  return {
    /** The store's delivered orders, within their 30 days, that wait for the seller's feedback on the buyer. */
    async ordersToRate(actor: Actor | null, storeId: string, query: { cursor?: string; limit: number }) {
      await sellersStore(actor, storeId);
      const since = new Date(clock.now().getTime() - FEEDBACK_DAYS * DAY_MS).toISOString();
      const after = orderCursor.decode(query.cursor);
      const rows = await feedback.ordersToRate(db, storeId, since, after?.[0] ?? null, query.limit + 1);
      const titles = await feedback.itemTitlesOf(
        db,
        rows.map((r) => r.id),
      );
      return orderCursor.page(
        rows,
        query.limit,
        (r) => [r.id],
        (r): OrderToRate => ({
          orderId: r.id,
          buyerName: shortName(r.buyer_name),
          deliveredAt: r.delivered_at!,
          closesAt: feedbackClosesAt(r)!.toISOString(),
          items: titles.get(r.id) ?? [],
        }),
      );
    },

    /** The seller's one feedback on the buyer; if the buyer has rated, both are shown now. */
    async rateBuyer(actor: Actor | null, orderId: string, input: RateBuyer) {
      if (!actor) throw unauthenticated();
      const order = await orders.find(db, orderId);
      if (!order) throw notFound("This order");
      if (order.seller_user_id !== actor.userId)
        throw forbidden("Only the seller of the order's store can give feedback on its buyer.");
      if (!order.delivered_at)
        throw forbidden("You can give feedback on the buyer once the order has been delivered.");
      if (whyNotRateable(order, clock.now()))
        throw forbidden(`Feedback closes ${FEEDBACK_DAYS} days after delivery; this order's has closed.`);
      const at = clock.now().toISOString();
      const row = {
        order_id: order.id,
        store_id: order.store_id,
        buyer_user_id: order.buyer_user_id,
        seller_user_id: actor.userId,
        experience: input.experience,
        text: input.text,
        created_at: at,
        reveal_due_at: feedbackClosesAt(order)!.toISOString(),
        revealed_at: null,
      };
      await transact(async (tx) => {
        await feedback.lockOrder(tx, order.id);
        try {
          await feedback.insertBuyerFeedback(tx, row);
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          throw new AppError(409, "already_rated", "You gave feedback on this buyer already.");
        }
        if ((await feedback.ofOrder(tx, order.id)).length > 0) await revealOrder(tx, feedback, order.id, at);
      });
      return buyerFeedbackView(row);
    },
  };
}

export type SellerFeedback = ReturnType<typeof createSellerFeedback>;
