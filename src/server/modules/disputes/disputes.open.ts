import type { OpenDispute, Proposal } from "../../../contracts/disputes.ts";
import { isUniqueViolation, type Tx } from "../../platform/db/database.ts";
import { AppError, forbidden, invalidInput, notFound } from "../../platform/http/errors.ts";
import { newId, newReference } from "../../platform/ids.ts";
import { enqueueMany } from "../../platform/outbox/outbox.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { Actor } from "../accounts/actor.ts";
import type { OrderRecord } from "../catalog/orders.repository.ts";
import { detectLanguage } from "../reports/language.ts";
import { disputeFileRow } from "./dispute-files.ts";
import { moneyText } from "./dispute-texts.ts";
import { clockColumns, type MoveDeps, orderChanged, tellBothSides } from "./disputes.moves.ts";
import type { DisputesRepository } from "./disputes.repository.ts";
import { disputabilityOf, protectionEndsAt } from "./protection-window.ts";

/** Checks a proposal's amount against what was paid for the disputed items; `field` prefixes the error key. */
export function checkProposal(proposal: Proposal, disputedMinor: number, currency: string, field?: string) {
  if (proposal.kind !== "partial_refund") return;
  const key = field ? `${field}.amountMinor` : "amountMinor";
  if (proposal.amountMinor === undefined)
    throw invalidInput({ [key]: "Enter the amount of the partial refund." });
  if (proposal.amountMinor > disputedMinor) throw invalidInput({ [key]: overPaid(disputedMinor, currency) });
}

/** The error of a refund larger than what was paid for the disputed items. */
export const overPaid = (disputedMinor: number, currency: string) =>
  `A partial refund cannot be more than what was paid for the disputed items, ${moneyText(disputedMinor, currency)}.`;

/** The disputed items and what was paid for them; every item and quantity must be in the order. */
function disputedItems(order: OrderRecord, input: OpenDispute) {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  const items = input.items.map((wanted, i) => {
    const item = order.items.find((it) => it.id === wanted.orderItemId);
    if (!item) errors[`items.${i}.orderItemId`] = `${wanted.orderItemId} is not an item of this order.`;
    else if (seen.has(item.id)) errors[`items.${i}.orderItemId`] = "This item is listed twice.";
    else if (wanted.quantity > item.quantity)
      errors[`items.${i}.quantity`] = `The order has ${item.quantity} of "${item.title}".`;
    seen.add(wanted.orderItemId);
    return { item: item!, quantity: wanted.quantity };
  });
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
  return items;
}

/**
 * A dispute already holds some of these items, or settled them: 409 with its reference. What was agreed
 * or ruled is not disputed again (a ruling may be appealed in its own dispute).
 */
async function refuseHeldItems(tx: Tx, disputes: DisputesRepository, itemIds: string[]) {
  const [open] = await disputes.holdersOf(tx, itemIds);
  const [settled] = open ? [] : await disputes.settledOn(tx, itemIds);
  const other = open ?? settled;
  if (!other) return;
  throw new AppError(
    409,
    "dispute_exists",
    open
      ? `These items are already in open dispute ${other.reference}. Follow that dispute instead.`
      : `These items were settled in dispute ${other.reference}; a settled dispute is not opened again.`,
    undefined,
    { existing: { id: other.id, reference: other.reference, url: `/disputes/${other.id}` } },
  );
}

/**
 * Opens a dispute on the asker's own order, inside buyer protection: its items are claimed (one open
 * dispute per item), the buyer's proposal is the first, the seller's 5-day clock starts, both are told.
 */
export async function openDispute(
  tx: Tx,
  deps: MoveDeps & { orders: { find(db: Tx, id: string): Promise<OrderRecord | undefined> } },
  actor: Actor,
  input: OpenDispute,
  files: StagedUpload[],
) {
  const order = await deps.orders.find(tx, input.orderId);
  if (!order || order.buyer_user_id !== actor.userId) throw notFound("This order");
  const now = deps.clock.now();
  const window = disputabilityOf(order, now);
  if (!window.open) throw forbidden(window.why ?? "You cannot open a dispute on this order now.");
  if (!window.reasons.includes(input.reason))
    throw invalidInput({
      reason:
        input.reason === "not_received"
          ? "The order was delivered: choose what is wrong with it."
          : "The order has not been delivered yet: you can only report it as not received.",
    });
  const items = disputedItems(order, input);
  const disputedMinor = items.reduce((sum, { item, quantity }) => sum + item.price_minor * quantity, 0);
  checkProposal(input.proposal, disputedMinor, order.currency, "proposal");
  await refuseHeldItems(
    tx,
    deps.disputes,
    items.map(({ item }) => item.id),
  );

  const at = now.toISOString();
  const id = newId();
  const proposalId = newId();
  const row = {
    id,
    reference: newReference("D"),
    order_id: order.id,
    buyer_user_id: actor.userId,
    store_id: order.store_id,
    seller_user_id: order.seller_user_id,
    reason: input.reason,
    description: input.description,
    description_language: detectLanguage(input.description),
    status: "awaiting_seller",
    version: 1,
    currency: order.currency,
    disputed_minor: disputedMinor,
    outcome: null,
    refund_minor: null,
    refund_announced_minor: 0,
    negotiation_from: at,
    status_from: at,
    deadline_at: null,
    deadline_action: null,
    deadline_who: null,
    reminder_at: null,
    evidence_due_at: null,
    evidence_from: null,
    ruled_at: null,
    ruled_by: null,
    appealed_at: null,
    appealable_until: null,
    reopened_at: null,
    protection_ends_at: protectionEndsAt(order)?.toISOString() ?? null,
    opened_at: at,
    updated_at: at,
    ...clockColumns("awaiting_seller", { negotiationFrom: at, statusFrom: at }, now),
  };
  await deps.disputes.insertDispute(tx, row);
  await deps.disputes.insertItems(
    tx,
    items.map(({ item, quantity }) => ({
      dispute_id: id,
      order_item_id: item.id,
      title: item.title,
      quantity,
      price_minor: item.price_minor,
    })),
  );
  try {
    await deps.disputes.lockItems(
      tx,
      id,
      items.map(({ item }) => item.id),
    );
  } catch (error) {
    // Another dispute on these items was opened at the same moment (the transaction cannot read on).
    if (!isUniqueViolation(error)) throw error;
    throw new AppError(409, "dispute_exists", "These items are already in another open dispute.");
  }
  await deps.disputes.insertProposal(tx, {
    id: proposalId,
    dispute_id: id,
    side: "buyer",
    kind: input.proposal.kind,
    amount_minor: input.proposal.kind === "partial_refund" ? (input.proposal.amountMinor ?? null) : null,
    note: input.proposal.note ?? null,
    created_at: at,
  });
  const eventId = await deps.disputes.appendEvent(tx, {
    disputeId: id,
    type: "dispute.opened",
    status: "awaiting_seller",
    actor: "buyer",
    actorUserId: actor.userId,
    data: { reason: input.reason, proposalId },
    at,
  });
  await deps.disputes.insertFiles(
    tx,
    files.map((f) => disputeFileRow(f, id, eventId, "buyer", deps.clock)),
  );
  const stored = (await deps.disputes.find(tx, id))!;
  await enqueueMany(tx, deps.clock, [orderChanged(stored)]);
  await tellBothSides(tx, deps, stored, "dispute.opened");
  return id;
}
