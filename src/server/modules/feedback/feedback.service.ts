import { z } from "zod";
import {
  type EditFeedback,
  type Feedback,
  type ListingRating,
  type OrderFeedback,
  RATING_MONTHS,
  type RateOrder,
  type SellerReply,
  type StoreFeedbackItem,
  type StoreRating,
} from "../../../contracts/feedback.ts";
import type { Clock } from "../../platform/clock.ts";
import { type Db, isUniqueViolation, type Tx } from "../../platform/db/database.ts";
import { keysetCursor } from "../../platform/db/pagination.ts";
import type { FeedbackTable } from "../../platform/db/schema.feedback.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, invalidInput, notFound, unauthenticated } from "../../platform/http/errors.ts";
import type { StoredFile } from "../../platform/http/send-stored-file.ts";
import { newId } from "../../platform/ids.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { createFileKeeper, fileRow } from "../../platform/storage/file-keeper.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import type { OrderRecord } from "../catalog/orders.repository.ts";
import type { DisputesPorts } from "../disputes/disputes.module.ts";
import { detectLanguage } from "../reports/language.ts";
import type { FeedbackRepository } from "./feedback.repository.ts";
import { revealOrder } from "./feedback.reveal.ts";
import {
  contributionOf,
  dayOf,
  detailedOf,
  feedbackClosesAt,
  isRepeat,
  whyNotRateable,
} from "./feedback.rules.ts";
import { average, buyerFeedbackView, feedbackView } from "./feedback.views.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  feedback: FeedbackRepository;
  evidence: EvidenceStore;
  orders: CatalogPorts["orders"];
  catalog: CatalogPorts["catalog"];
  orderDisputes: DisputesPorts["orderDisputes"];
}

const storeCursor = keysetCursor(z.tuple([z.string()]));

/** Buyers rate their delivered orders; sellers reply; anyone reads a store's and a listing's ratings. */
export function createFeedbackService(deps: Deps) {
  const { db, transact, clock, feedback, orders, catalog, orderDisputes } = deps;
  const keepWith = createFileKeeper({ db, transact, evidence: deps.evidence });

  async function buyersOrder(actor: Actor | null, orderId: string, status: 403 | 404): Promise<OrderRecord> {
    if (!actor) throw unauthenticated();
    const order = await orders.find(db, orderId);
    if (order && order.buyer_user_id === actor.userId) return order;
    if (status === 404 || !order) throw notFound("This order");
    throw forbidden("Only the buyer of an order can rate it.");
  }

  async function orderView(order: OrderRecord, buyerName: string): Promise<OrderFeedback> {
    const now = clock.now();
    const [rows, store, photos, fromSeller] = await Promise.all([
      feedback.ofOrder(db, order.id),
      feedback.storeFeedbackOf(db, order.id),
      feedback.photosOf(db, [order.id]),
      feedback.buyerFeedbackOf(db, order.id),
    ]);
    const closesAt = feedbackClosesAt(order);
    const open = !whyNotRateable(order, now);
    return {
      orderId: order.id,
      mayRate: open && rows.length === 0,
      why: rows.length > 0 ? "You rated this order." : whyNotRateable(order, now),
      closesAt: closesAt?.toISOString() ?? null,
      showsAt: closesAt?.toISOString() ?? null,
      sellerFeedback: fromSeller?.revealed_at ? buyerFeedbackView(fromSeller) : null,
      sellerFeedbackWaiting: !!fromSeller && !fromSeller.revealed_at,
      items: rows.map((row) => ({
        ...feedbackView(row, buyerName, photos.get(order.id)),
        shown: !!row.revealed_at,
        mayEdit: open && !row.edited_at && !row.hidden_at,
        notCountedWhy: row.hidden_at
          ? "It was hidden after a report: it is no longer shown or counted."
          : row.held
            ? "It counts in the store rating once the dispute on this order is resolved."
            : row.repeat_of_buyer
              ? "Your ratings of this store within 10 days count once."
              : null,
      })),
      store: store
        ? {
            asDescribed: store.as_described,
            communication: store.communication,
            shippingSpeed: store.shipping_speed,
          }
        : null,
    };
  }

  /** Every item rated must be an item of the order, once. */
  function checkItems(order: OrderRecord, input: RateOrder) {
    const ids = order.items.map((i) => i.id);
    const fields: Record<string, string> = {};
    const seen = new Set<string>();
    input.items.forEach((item, i) => {
      if (!ids.includes(item.orderItemId))
        fields[`items.${i}.orderItemId`] = "This item is not in the order.";
      else if (seen.has(item.orderItemId)) fields[`items.${i}.orderItemId`] = "This item is rated twice.";
      seen.add(item.orderItemId);
    });
    if (Object.keys(fields).length > 0) throw invalidInput(fields);
  }

  /** Writes the order's ratings and adds what counts to the aggregates, in one transaction. */
  async function writeRatings(
    tx: Tx,
    order: OrderRecord,
    actor: Actor,
    input: RateOrder,
    photos: StagedUpload[],
  ) {
    await feedback.lockOrder(tx, order.id);
    const at = clock.now().toISOString();
    const revealDueAt = feedbackClosesAt(order)!.toISOString();
    const facts = await orderDisputes.orderDisputeFacts(tx, order.id);
    const held = facts.unresolved ? 1 : 0;
    const previous = await feedback.lastCountedAt(tx, actor.userId, order.store_id, at);
    const rows: FeedbackTable[] = input.items.map((item, i) => {
      const orderItem = order.items.find((o) => o.id === item.orderItemId)!;
      return {
        id: newId(),
        order_id: order.id,
        order_item_id: item.orderItemId,
        listing_id: orderItem.listing_id,
        store_id: order.store_id,
        buyer_user_id: actor.userId,
        item_title: orderItem.title,
        stars: item.stars,
        text: item.text,
        text_language: item.text ? detectLanguage(item.text) : null,
        created_at: at,
        edited_at: null,
        reply_text: null,
        replied_at: null,
        // The order's items count once: the first, unless the buyer's last counted rating is recent.
        repeat_of_buyer: i > 0 || isRepeat(previous, at) ? 1 : 0,
        held,
        seller_won_dispute: facts.sellerWonNotAsDescribed ? 1 : 0,
        hidden_at: null,
        revealed_at: null,
        reveal_due_at: revealDueAt,
      };
    });
    try {
      await feedback.insertStoreFeedback(tx, {
        order_id: order.id,
        store_id: order.store_id,
        buyer_user_id: actor.userId,
        as_described: input.store.asDescribed,
        communication: input.store.communication,
        shipping_speed: input.store.shippingSpeed,
        created_at: at,
        held,
        revealed_at: null,
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError(
        409,
        "already_rated",
        "You rated this order already; you may edit each rating once.",
      );
    }
    await feedback.insertFeedback(tx, rows);
    await feedback.insertPhotos(
      tx,
      photos.map((f, position) => ({ ...fileRow(f, at), order_id: order.id, position })),
    );
    // The seller's feedback on the buyer is in: both sides are, and both are shown now.
    if (await feedback.buyerFeedbackOf(tx, order.id)) await revealOrder(tx, feedback, order.id, at);
  }

  return {
    async order(actor: Actor | null, orderId: string): Promise<OrderFeedback> {
      const order = await buyersOrder(actor, orderId, 404);
      return orderView(order, actor!.name);
    },

    /** Rates the order, with up to 5 photos (checked by content before this is called). */
    async rate(
      actor: Actor | null,
      orderId: string,
      input: RateOrder,
      photos: StagedUpload[] = [],
    ): Promise<OrderFeedback> {
      const order = await buyersOrder(actor, orderId, 403);
      const why = whyNotRateable(order, clock.now());
      if (why) throw forbidden(why);
      checkItems(order, input);
      await keepWith(photos, (tx) => writeRatings(tx, order, actor!, input, photos));
      return orderView(order, actor!.name);
    },

    /** A photo of a shown rating: public, like the rating; before that, only to the buyer who sent it. */
    async photo(actor: Actor | null, id: string): Promise<StoredFile> {
      const row = await feedback.visiblePhoto(db, id, actor?.userId ?? null);
      if (!row) throw notFound("This photo");
      return {
        path: deps.evidence.pathOf(row.sha256),
        fileName: row.file_name,
        mimeType: row.mime_type,
        size: row.size_bytes,
      };
    },

    /** The one edit of an item rating, within the 30 days: the aggregates trade the old stars for the new. */
    async edit(actor: Actor | null, id: string, input: EditFeedback): Promise<Feedback> {
      if (!actor) throw unauthenticated();
      const row = await feedback.find(db, id);
      if (!row || row.buyer_user_id !== actor.userId) throw notFound("This rating");
      const order = (await orders.find(db, row.order_id))!;
      const why = whyNotRateable(order, clock.now());
      if (why) throw forbidden(why);
      const changed = await transact(async (tx) => {
        const after = await feedback.change(
          tx,
          id,
          { unedited: true },
          {
            stars: input.stars,
            text: input.text,
            text_language: input.text ? detectLanguage(input.text) : null,
            edited_at: clock.now().toISOString(),
          },
        );
        if (!after) return null;
        await feedback.addContributions(
          tx,
          [contributionOf(row, -1), contributionOf(after, 1)].flatMap((c) => c ?? []),
        );
        return after;
      });
      if (!changed) throw new AppError(409, "already_edited", "A rating can be edited once; this one was.");
      return feedbackView(changed, actor.name);
    },

    /** The seller's one public reply to a rating of its store. */
    async reply(actor: Actor | null, id: string, input: SellerReply): Promise<Feedback> {
      if (!actor) throw unauthenticated();
      const row = await feedback.find(db, id);
      if (!row?.revealed_at) throw notFound("This rating");
      if ((await feedback.sellerOf(db, row.store_id)) !== actor.userId)
        throw forbidden("Only the store's seller can reply to its ratings.");
      const changed = await transact((tx) =>
        feedback.change(
          tx,
          id,
          { unreplied: true },
          { reply_text: input.text, replied_at: clock.now().toISOString() },
        ),
      );
      if (!changed) throw new AppError(409, "already_replied", "You replied to this rating already.");
      return feedbackView(changed, await feedback.buyerName(db, row.buyer_user_id));
    },

    async storeRating(storeId: string): Promise<StoreRating> {
      await catalog.getStore(storeId);
      const since = new Date(clock.now());
      since.setUTCMonth(since.getUTCMonth() - RATING_MONTHS);
      const s = await feedback.storeSums(db, storeId, dayOf(since.toISOString()));
      const n = (v: unknown) => Number(v ?? 0);
      const counted = n(s.counted);
      const detailedCount = n(s.detailed_count);
      return {
        storeId,
        positivePercent: counted > 0 ? Math.round((n(s.positive) / counted) * 1000) / 10 : null,
        counted,
        histogram: { 1: n(s.stars_1), 2: n(s.stars_2), 3: n(s.stars_3), 4: n(s.stars_4), 5: n(s.stars_5) },
        detailed: {
          asDescribed: average(n(s.as_described_sum), detailedCount),
          communication: average(n(s.communication_sum), detailedCount),
          shippingSpeed: average(n(s.shipping_speed_sum), detailedCount),
        },
        since: since.toISOString(),
      };
    },

    async listingRating(listingId: string): Promise<ListingRating> {
      await catalog.getListing(listingId);
      const r = await feedback.listingRating(db, listingId);
      return {
        listingId,
        average: r ? average(r.stars_sum, r.count) : null,
        count: r?.count ?? 0,
        histogram: {
          1: r?.stars_1 ?? 0,
          2: r?.stars_2 ?? 0,
          3: r?.stars_3 ?? 0,
          4: r?.stars_4 ?? 0,
          5: r?.stars_5 ?? 0,
        },
      };
    },

    async storeFeedback(actor: Actor | null, storeId: string, query: { cursor?: string; limit: number }) {
      const store = await catalog.getStore(storeId);
      const before = storeCursor.decode(query.cursor);
      const rows = await feedback.ofStore(db, storeId, before?.[0] ?? null, query.limit + 1);
      const isSeller = !!actor && (await feedback.sellerOf(db, store.id)) === actor.userId;
      const photos = await feedback.photosOf(
        db,
        rows.map((r) => r.order_id),
      );
      return storeCursor.page(
        rows,
        query.limit,
        (r) => [r.id],
        (r): StoreFeedbackItem => ({
          ...feedbackView(r, r.buyer_name, photos.get(r.order_id)),
          mayReply: isSeller && !r.replied_at,
          mine: !!actor && r.buyer_user_id === actor.userId,
        }),
      );
    },

    /**
     * The order's disputes changed: its ratings wait while one is unresolved and count again once all
     * are, marked when the seller won on "not as described". Worked out from the state, so a repeat is harmless.
     */
    async refreshOrder(orderId: string) {
      await transact(async (tx) => {
        const facts = await orderDisputes.orderDisputeFacts(tx, orderId);
        const held = facts.unresolved ? 1 : 0;
        const changed = await feedback.setOrderState(tx, orderId, {
          held,
          seller_won_dispute: facts.sellerWonNotAsDescribed ? 1 : 0,
        });
        // Held now: what counted goes out; released: what was held comes in.
        const sign = held ? -1 : 1;
        await feedback.addContributions(
          tx,
          changed.items.flatMap((r) => contributionOf({ ...r, held: 0 }, sign) ?? []),
        );
        const detailed = changed.store && detailedOf({ ...changed.store, held: 0 }, sign);
        if (detailed) await feedback.addDetailed(tx, detailed);
      });
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
