/**
 * The disputes bench's data: 100,000 disputes on 100,000 orders (BENCH_SCALE shrinks it): the newest
 * 10,000 open with a clock that has run out (negotiating, waiting for evidence or a return), the 2,000
 * before them with the platform (escalated or appealed, for the console's queue), the rest resolved. The signed-in buyer
 * and seller of the bench hold 1,000 of them each, so that their lists run deep; the others are spread
 * over 5,000 buyers and 500 stores. Rows are written in chunks of multi-row inserts, one transaction each.
 */
import type { Insertable } from "kysely";
import type { Db, DialectName } from "../src/server/platform/db/database.ts";
import type { Database } from "../src/server/platform/db/schema.ts";
import { DAY, idAt, insertChunks, insertMarketplace, iso, pad } from "./marketplace-data.ts";

export interface DisputePlan {
  disputes: number;
  /** Open disputes whose timer is due. */
  timed: number;
  /** Open disputes with the platform. */
  withPlatform: number;
  buyers: number;
  stores: number;
  /** Disputes that belong to the bench's signed-in buyer, and to its signed-in seller's store. */
  mine: number;
}

export const disputePlan = (scale: number): DisputePlan => ({
  disputes: Math.round(100_000 * scale),
  timed: Math.round(10_000 * scale),
  withPlatform: Math.round(2_000 * scale),
  buyers: Math.max(10, Math.round(5_000 * scale)),
  stores: Math.max(5, Math.round(500 * scale)),
  mine: Math.min(1_000, Math.round(100_000 * scale * 0.05)),
});

/** Of every ten open disputes whose clock ran out: where each stands, its timer's action, who acts. */
const TIMED_MIX = [
  ["awaiting_seller", "carry_out_buyer_proposal", "seller"],
  ["awaiting_seller", "carry_out_buyer_proposal", "seller"],
  ["awaiting_seller", "carry_out_buyer_proposal", "seller"],
  ["awaiting_seller", "carry_out_buyer_proposal", "seller"],
  ["awaiting_buyer", "carry_out_seller_proposal", "buyer"],
  ["awaiting_buyer", "carry_out_seller_proposal", "buyer"],
  ["awaiting_buyer", "carry_out_seller_proposal", "buyer"],
  ["awaiting_evidence", "end_evidence_request", "seller"],
  ["awaiting_return", "return_not_shipped", "buyer"],
  ["awaiting_return", "return_not_shipped", "buyer"],
] as const;
const PLATFORM_MIX = [
  ["escalated", null, "platform"],
  ["escalated", null, "platform"],
  ["escalated", null, "platform"],
  ["appealed", null, "platform"],
] as const;

export interface LoadedDisputes {
  seconds: number;
  /** Open disputes whose clock runs (for the timer sweep). */
  timed: number;
  myDisputeIds: string[];
}

/** Loads the plan; `buyerId` and `sellerId` are the bench's signed-in accounts. */
export async function loadDisputes(
  db: Db,
  dialect: DialectName,
  plan: DisputePlan,
  accounts: { buyerId: string; sellerId: string },
): Promise<LoadedDisputes> {
  const started = performance.now();
  const now = Date.now();
  const { buyers, stores } = await insertMarketplace(db, dialect, {
    buyers: plan.buyers,
    stores: plan.stores,
    listingsPerStore: 1,
    sellerId: accounts.sellerId,
    tag: "disputes",
  });

  const orders: Insertable<Database["orders"]>[] = [];
  const items: Insertable<Database["order_items"]>[] = [];
  const disputes: Insertable<Database["disputes"]>[] = [];
  const disputeItems: Insertable<Database["dispute_items"]>[] = [];
  const locks: Insertable<Database["dispute_item_locks"]>[] = [];
  const proposals: Insertable<Database["dispute_proposals"]>[] = [];
  const events: Insertable<Database["dispute_events"]>[] = [];
  const myDisputeIds: string[] = [];
  let timed = 0;
  for (let n = 0; n < plan.disputes; n++) {
    // The newest disputes are the open ones; each dispute was opened 2 h after the one before it.
    const opened = now - (plan.disputes - n) * 2 * 3_600_000;
    const mineAsBuyer = n % Math.floor(plan.disputes / plan.mine) === 0;
    const buyer = mineAsBuyer ? accounts.buyerId : buyers[n % buyers.length]!;
    const storeIndex = n % Math.floor(plan.disputes / plan.mine) === 1 ? 0 : 1 + (n % (stores.length - 1));
    const age = plan.disputes - 1 - n;
    const isTimed = age < plan.timed;
    const open = age < plan.timed + plan.withPlatform;
    const mix = isTimed ? TIMED_MIX[n % TIMED_MIX.length]! : PLATFORM_MIX[n % PLATFORM_MIX.length]!;
    const status = open ? mix[0] : "resolved";
    const orderId = `bench-order-${pad(n)}`;
    const itemId = `${orderId}-1`;
    const id = idAt(opened, n, 1);
    if (buyer === accounts.buyerId) myDisputeIds.push(id);
    orders.push({
      id: orderId,
      buyer_user_id: buyer,
      store_id: stores[storeIndex]!,
      status: "delivered",
      total_minor: 2500,
      currency: "EUR",
      ordered_at: iso(opened - 10 * DAY),
      shipped_at: iso(opened - 8 * DAY),
      delivered_at: iso(opened - 2 * DAY),
      promised_by: iso(opened - 3 * DAY),
      carrier: "DHL",
      tracking_number: `JD${pad(n)}`,
      last_tracking_at: iso(opened - 2 * DAY),
    });
    items.push({
      id: itemId,
      order_id: orderId,
      listing_id: `bench-listing-${pad(storeIndex)}`,
      title: `Bench item ${storeIndex}`,
      quantity: 1,
      price_minor: 2500,
    });
    // The timed disputes' clocks all ran out within the last day: the sweep finds every one due.
    const deadline = isTimed
      ? iso(now - (n % 1000) * 60_000)
      : open
        ? iso(now + 5 * DAY - (n % 1000) * 60_000)
        : null;
    if (isTimed) timed++;
    disputes.push({
      id,
      reference: `D-B${pad(n)}`,
      order_id: orderId,
      buyer_user_id: buyer,
      store_id: stores[storeIndex]!,
      seller_user_id: storeIndex === 0 ? accounts.sellerId : null,
      reason: "not_as_described",
      description: "The item is not as described in the listing: a different model arrived.",
      description_language: "en",
      status,
      version: 3,
      currency: "EUR",
      disputed_minor: 2500,
      outcome: open ? null : "partial_refund",
      refund_minor: open ? null : 1000,
      refund_announced_minor: open ? 0 : 1000,
      negotiation_from: iso(opened),
      status_from: iso(opened + 3_600_000),
      deadline_at: deadline,
      deadline_action: open ? mix[1] : null,
      deadline_who: open ? mix[2] : null,
      reminder_at: null,
      evidence_due_at: status === "awaiting_evidence" ? deadline : null,
      evidence_from: status === "awaiting_evidence" ? "seller" : null,
      ruled_at: status === "awaiting_return" || status === "appealed" ? iso(opened + 4 * DAY) : null,
      ruled_by: null,
      appealed_at: status === "appealed" ? iso(opened + 5 * DAY) : null,
      appealable_until: status === "awaiting_return" ? iso(opened + 11 * DAY) : null,
      reopened_at: null,
      protection_ends_at: iso(opened + 13 * DAY),
      opened_at: iso(opened),
      updated_at: iso(opened + 3_600_000),
    });
    disputeItems.push({
      dispute_id: id,
      order_item_id: itemId,
      title: `Bench item ${storeIndex}`,
      quantity: 1,
      price_minor: 2500,
    });
    if (open) locks.push({ order_item_id: itemId, dispute_id: id });
    proposals.push({
      id: idAt(opened, n, 2),
      dispute_id: id,
      side: "buyer",
      kind: "refund",
      amount_minor: null,
      note: null,
      created_at: iso(opened),
    });
    proposals.push({
      id: idAt(opened + 3_600_000, n, 3),
      dispute_id: id,
      side: "seller",
      kind: "partial_refund",
      amount_minor: 1000,
      note: "We offer a partial refund.",
      created_at: iso(opened + 3_600_000),
    });
    events.push({
      id: idAt(opened, n, 4),
      dispute_id: id,
      type: "dispute.opened",
      status: "awaiting_seller",
      actor: "buyer",
      actor_user_id: buyer,
      data_json: JSON.stringify({ reason: "not_as_described", proposalId: idAt(opened, n, 2) }),
      created_at: iso(opened),
    });
    events.push({
      id: idAt(opened + 3_600_000, n, 5),
      dispute_id: id,
      type: "proposal.made",
      status: "awaiting_buyer",
      actor: "seller",
      actor_user_id: null,
      data_json: JSON.stringify({
        proposalId: idAt(opened + 3_600_000, n, 3),
        kind: "partial_refund",
        amountMinor: 1000,
      }),
      created_at: iso(opened + 3_600_000),
    });
  }
  await insertChunks(db, "orders", orders);
  await insertChunks(db, "order_items", items);
  await insertChunks(db, "disputes", disputes);
  await insertChunks(db, "dispute_items", disputeItems);
  await insertChunks(db, "dispute_item_locks", locks);
  await insertChunks(db, "dispute_proposals", proposals);
  await insertChunks(db, "dispute_events", events);
  return { seconds: (performance.now() - started) / 1000, timed, myDisputeIds };
}
