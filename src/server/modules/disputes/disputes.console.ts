import { z } from "zod";
import {
  type ConsoleDispute,
  type ConsoleDisputeItem,
  DISPUTE_STATUS_LABELS,
  type DisputeStatus,
  type Ruling,
  type Suggestion,
} from "../../../contracts/disputes.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, Tx } from "../../platform/db/database.ts";
import { keysetCursor } from "../../platform/db/pagination.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { forbidden, invalidInput, notFound } from "../../platform/http/errors.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import type { OrderRecord } from "../catalog/orders.repository.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { mayWorkDepartment, type StaffMember } from "../staff/staff.policy.ts";
import { storedFileOf } from "./dispute-files.ts";
import { dayText, moneyText } from "./dispute-texts.ts";
import { moveDispute, stateConflict } from "./disputes.moves.ts";
import { overPaid } from "./disputes.open.ts";
import type { DisputeRow, DisputesRepository } from "./disputes.repository.ts";
import { disputeView } from "./disputes.views.ts";

const PLATFORM_STATUSES: DisputeStatus[] = ["escalated", "awaiting_evidence", "appealed"];
/** "Not received" with no tracking update for this long is refunded in full by the rules. */
const SILENT_TRACKING_DAYS = 10;

interface Deps {
  evidence: EvidenceStore;
  db: Db;
  transact: Transact;
  clock: Clock;
  disputes: DisputesRepository;
  orders: CatalogPorts["orders"];
  staff: StaffPorts["staff"];
  publicUrl: string;
}

const consoleFileUrl = (disputeId: string, fileId: string) =>
  `/api/v1/console/disputes/${disputeId}/files/${fileId}`;

const queueCursor = keysetCursor(z.tuple([z.string(), z.string()]));

/** The amount arithmetic a ruling shows both sides: each disputed item, their total, what is refunded. */
export function amountArithmetic(
  items: { title: string; quantity: number; price_minor: number }[],
  currency: string,
  refundMinor: number,
  outcome: Ruling["outcome"],
): string {
  const money = (minor: number) => moneyText(minor, currency);
  const lines = items.map(
    (i) => `${i.title}: ${i.quantity} × ${money(i.price_minor)} = ${money(i.quantity * i.price_minor)}`,
  );
  const paid = items.reduce((sum, i) => sum + i.quantity * i.price_minor, 0);
  const result =
    outcome === "rejected"
      ? "Refunded: nothing."
      : outcome === "partial_refund"
        ? `Refunded: ${money(refundMinor)} of the ${money(paid)} paid for the disputed items.`
        : `Refunded: ${money(paid)}, all that was paid for the disputed items${outcome === "return_and_refund" ? ", once the return arrives" : ""}.`;
  return [...lines, `Paid for the disputed items: ${money(paid)}.`, result].join("\n");
}

/**
 * What the rules suggest for "not received": a full refund when the tracking number is missing, belongs
 * to another order too, or has had no update for 10 days. Otherwise nothing: the mediator weighs it.
 */
export function suggestionFor(
  d: Pick<DisputeRow, "reason">,
  order: Pick<OrderRecord, "tracking_number" | "last_tracking_at">,
  sharedWith: string[],
  now: Date,
): Suggestion {
  if (d.reason !== "not_received") return null;
  if (!order.tracking_number)
    return {
      outcome: "refund",
      why: "The order has no tracking number: nothing shows it was delivered. The rules give a full refund.",
    };
  if (sharedWith.length > 0)
    return {
      outcome: "refund",
      why: `Tracking number ${order.tracking_number} is also on order ${sharedWith.join(", ")}: it does not belong to this order. The rules give a full refund.`,
    };
  const last = order.last_tracking_at ? new Date(order.last_tracking_at) : null;
  const silentDays = last ? Math.floor((now.getTime() - last.getTime()) / 86_400_000) : null;
  if (silentDays === null || silentDays >= SILENT_TRACKING_DAYS)
    return {
      outcome: "refund",
      why: last
        ? `The tracking has had no update for ${silentDays} days (last on ${dayText(last)}). After ${SILENT_TRACKING_DAYS} days without one, the rules give a full refund.`
        : "The tracking has never been updated. The rules give a full refund.",
    };
  return null;
}

/** The Disputes department's side: its queue, the mediator's page, evidence requests and rulings. */
export function createDisputesConsole(deps: Deps) {
  const { db, transact, clock, disputes, orders, staff } = deps;

  async function requireMediator(actor: Actor | null): Promise<StaffMember> {
    const member = await staff.requireStaff(db, actor);
    if (!mayWorkDepartment(member, "disputes"))
      throw forbidden("Only the Disputes department mediates disputes.");
    return member;
  }

  async function loadFor(member: StaffMember, id: string) {
    const row = await disputes.find(db, id);
    // Disputes the platform never took up stay between the buyer and the seller.
    if (!row || !(PLATFORM_STATUSES.includes(row.status) || row.ruled_at)) throw notFound("This dispute");
    return { member, row };
  }

  function whyNotRule(row: DisputeRow, member: StaffMember): string | null {
    if (!PLATFORM_STATUSES.includes(row.status)) return "The dispute is not with the platform.";
    if (row.status === "appealed" && row.ruled_by === member.actor.userId)
      return "A different mediator decides the appeal of your ruling.";
    return null;
  }

  async function view(member: StaffMember, id: string): Promise<ConsoleDispute> {
    const { row } = await loadFor(member, id);
    const [order, items, proposals, events, files] = await Promise.all([
      orders.find(db, row.order_id),
      disputes.itemsOf(db, id),
      disputes.proposalsOf(db, id),
      disputes.eventsOf(db, id),
      disputes.filesOf(db, id),
    ]);
    const now = clock.now();
    const sharedWith = order!.tracking_number
      ? await orders.sharingTracking(db, order!.tracking_number, order!.id)
      : [];
    const names = await staff.namesOf(db, [row.buyer_user_id, row.seller_user_id, row.ruled_by]);
    const {
      role: _role,
      actions: _actions,
      ...both
    } = disputeView({ row, order: order!, items, proposals, events, files }, "buyer", now, consoleFileUrl);
    const whyNot = whyNotRule(row, member);
    return {
      ...both,
      buyerName: names.get(row.buyer_user_id) ?? "The buyer",
      sellerName: row.seller_user_id ? (names.get(row.seller_user_id) ?? null) : null,
      shipping: {
        carrier: order!.carrier,
        trackingNumber: order!.tracking_number,
        lastTrackingAt: order!.last_tracking_at,
        promisedBy: order!.promised_by,
      },
      suggestion: suggestionFor(row, order!, sharedWith, now),
      ruledBy: row.ruled_by ? (names.get(row.ruled_by) ?? "a mediator") : null,
      actions: { requestEvidence: row.status === "escalated", rule: whyNot === null, whyNot },
    };
  }

  /** Runs a mediator's step on a fresh read of the dispute, in one transaction. */
  async function act(
    actor: Actor | null,
    id: string,
    step: (tx: Tx, d: DisputeRow, member: StaffMember) => Promise<unknown>,
  ) {
    const member = await requireMediator(actor);
    await loadFor(member, id);
    await transact(async (tx) => step(tx, (await disputes.find(tx, id))!, member));
    return view(member, id);
  }

  return {
    async queue(actor: Actor | null, query: { status?: DisputeStatus; cursor?: string; limit: number }) {
      await requireMediator(actor);
      const after = queueCursor.decode(query.cursor);
      const now = clock.now().toISOString();
      const rows = await disputes.platformQueue(
        db,
        query.status ? [query.status] : PLATFORM_STATUSES,
        after ? { deadlineAt: after[0], id: after[1] } : null,
        query.limit + 1,
      );
      return queueCursor.page(
        rows,
        query.limit,
        (r) => [r.deadline_at ?? "", r.id],
        (r): ConsoleDisputeItem => ({
          id: r.id,
          reference: r.reference,
          status: r.status,
          statusLabel: DISPUTE_STATUS_LABELS[r.status],
          reason: r.reason,
          storeName: r.store_name,
          title: r.first_title ?? "",
          disputed: { amountMinor: r.disputed_minor, currency: r.currency },
          dueAt: r.deadline_at,
          overdue: !!r.deadline_at && r.deadline_at < now && r.deadline_who === "platform",
          openedAt: r.opened_at,
        }),
      );
    },

    async get(actor: Actor | null, id: string) {
      return view(await requireMediator(actor), id);
    },

    /** A file of a dispute the platform took up, for its mediators. */
    async file(actor: Actor | null, id: string, fileId: string) {
      await loadFor(await requireMediator(actor), id);
      return storedFileOf(deps, id, fileId);
    },

    /** Asks one side for more evidence, by a deadline; at the deadline the platform decides on what it has. */
    requestEvidence: (
      actor: Actor | null,
      id: string,
      input: { from: "buyer" | "seller"; message: string; days: number },
    ) =>
      act(actor, id, (tx, d, member) => {
        const dueAt = new Date(clock.now().getTime() + input.days * 86_400_000).toISOString();
        return moveDispute(tx, deps, d, {
          event: "evidence.requested",
          by: "platform",
          actorUserId: member.actor.userId,
          data: { from: input.from, dueAt, message: input.message },
          set: { evidence_from: input.from, evidence_due_at: dueAt },
        });
      }),

    /**
     * Rules on an escalated or appealed dispute, with written reasons that name the evidence considered
     * and the amount arithmetic; a partial refund never exceeds what was paid for the disputed items.
     */
    rule: (actor: Actor | null, id: string, ruling: Ruling) =>
      act(actor, id, async (tx, d, member) => {
        const whyNot = whyNotRule(d, member);
        if (whyNot) throw stateConflict(d, whyNot);
        const refundMinor = refundOfRuling(ruling, d.disputed_minor, d.currency);
        const known = new Set((await disputes.eventsOf(tx, d.id)).map((e) => e.id));
        const unknown = ruling.evidenceConsidered.findIndex((entry) => !known.has(entry));
        if (unknown >= 0)
          throw invalidInput({
            [`evidenceConsidered.${unknown}`]: "This is not an entry of this dispute's timeline.",
          });
        const items = await disputes.itemsOf(tx, d.id);
        const reasons = [
          ruling.reasons,
          `Evidence considered: ${ruling.evidenceConsidered.length} ${ruling.evidenceConsidered.length === 1 ? "entry" : "entries"} of the timeline.`,
          amountArithmetic(items, d.currency, refundMinor, ruling.outcome),
        ].join("\n\n");
        await moveDispute(tx, deps, d, {
          event: "dispute.ruled",
          by: "platform",
          actorUserId: member.actor.userId,
          data: { outcome: ruling.outcome, refundMinor, reasons },
          settled: { outcome: ruling.outcome, refundMinor },
          set: { ruled_by: member.actor.userId },
        });
        await appendAudit(tx, {
          actorUserId: member.actor.userId,
          action: "dispute.ruled",
          subject: { kind: "dispute", id: d.id },
          data: { outcome: ruling.outcome, refundMinor, currency: d.currency },
          at: clock.now().toISOString(),
        });
      }),
  };
}

function refundOfRuling(ruling: Ruling, disputedMinor: number, currency: string): number {
  if (ruling.outcome === "rejected") return 0;
  if (ruling.outcome !== "partial_refund") return disputedMinor;
  if (ruling.amountMinor === undefined)
    throw invalidInput({ amountMinor: "Enter the amount of the partial refund." });
  if (ruling.amountMinor > disputedMinor)
    throw invalidInput({ amountMinor: overPaid(disputedMinor, currency) });
  return ruling.amountMinor;
}

export type DisputesConsole = ReturnType<typeof createDisputesConsole>;
