import { type DisputeOutcome, REMINDER_HOURS, Side } from "../../../contracts/disputes.ts";
import type { Clock } from "../../platform/clock.ts";
import { isUniqueViolation, type Tx } from "../../platform/db/database.ts";
import { AppError } from "../../platform/http/errors.ts";
import { enqueueMany, type OutboxMessage } from "../../platform/outbox/outbox.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import {
  type Actor,
  appealClosesAt,
  type DisputeEventType,
  deadlineOf,
  statusAfter,
} from "./dispute-machine.ts";
import {
  type DisputeEventData,
  REFUND_REQUESTED,
  REFUND_REVERSAL_REQUESTED,
  type RefundRequested,
} from "./disputes.events.ts";
import type { DisputeChange, DisputeRow, DisputesRepository, ProposalRow } from "./disputes.repository.ts";
import { nextStepOf } from "./disputes.views.ts";

export interface MoveDeps {
  clock: Clock;
  disputes: DisputesRepository;
  publicUrl: string;
}

export interface Move<T extends DisputeEventType> {
  event: T;
  by: Actor;
  actorUserId: string | null;
  data: DisputeEventData<T>;
  /** What was agreed or ruled, for the events that end the negotiation or the review. */
  settled?: { outcome: DisputeOutcome; refundMinor: number };
  /** The event restarts the clock of the status it leaves the dispute in (a new proposal). */
  restartsClock?: boolean;
  /** Further columns the event sets (the evidence deadline, the ruling's time…). */
  set?: DisputeChange;
}

/** Any event's move, each with the data its own type declares. */
export type AnyMove = { [T in DisputeEventType]: Move<T> }[DisputeEventType];

/** A 409 that says where the dispute stands, so that the asker can reload and act on it. */
export const stateConflict = (d: Pick<DisputeRow, "status">, message: string) =>
  new AppError(409, "dispute_state", `${message} The dispute is now: ${d.status.replaceAll("_", " ")}.`);

const ACTOR_COLUMN = { buyer: "buyer", seller: "seller", platform: "platform", timer: "system" } as const;

/**
 * Records one event on a dispute: checks it against the rules, moves the status, sets the clock of the
 * new status (who must act, by when, what fires then, and the reminder a day before), appends the event,
 * frees the items when the dispute ends, announces refunds and tells both sides. The update names the
 * version it read: of two racing moves, the second gets a 409.
 */
export async function moveDispute(
  tx: Tx,
  deps: MoveDeps,
  d: DisputeRow,
  move: AnyMove,
  /** The dispute's proposals when the caller already read them and the move adds none. */
  known: { proposals?: ProposalRow[] } = {},
): Promise<{ dispute: DisputeRow; eventId: string }> {
  const next = statusAfter(d.status, move.event, move.by, move.settled?.outcome);
  if (typeof next !== "string") throw stateConflict(d, next.refused);
  const now = deps.clock.now();
  const at = now.toISOString();
  const moved = next !== d.status || move.restartsClock;
  const negotiationFrom = move.event === "dispute.reopened" ? at : d.negotiation_from;
  const statusFrom = moved ? at : d.status_from;
  const evidenceDueAt = move.set?.evidence_due_at ?? d.evidence_due_at;
  const evidenceFrom = move.set?.evidence_from ? Side.parse(move.set.evidence_from) : d.evidence_from;
  const clock: DisputeChange = moved
    ? clockColumns(next, { negotiationFrom, statusFrom, evidenceDueAt, evidenceFrom }, now)
    : {};
  const refundMinor = move.settled ? move.settled.refundMinor : d.refund_minor;
  const due = refundDueAfter(move.event, next, refundMinor);
  const change: DisputeChange = {
    ...move.set,
    ...clock,
    ...(due === null ? {} : { refund_announced_minor: due }),
    status: next,
    negotiation_from: negotiationFrom,
    status_from: statusFrom,
    ...appealWindow(move.event, !!moved, now),
    updated_at: at,
    ...(move.settled ? { outcome: move.settled.outcome, refund_minor: move.settled.refundMinor } : {}),
  };
  const after = await deps.disputes.change(tx, d.id, d.version, change);
  if (!after) throw stateConflict(d, "This dispute changed while you were looking at it.");
  const eventId = await deps.disputes.appendEvent(tx, {
    disputeId: d.id,
    type: move.event,
    status: next,
    actor: ACTOR_COLUMN[move.by],
    actorUserId: move.actorUserId,
    data: move.data,
    at,
  });
  await holdOrFreeItems(tx, deps, d, after);
  const refund =
    due === null
      ? []
      : await refundMessage(
          tx,
          deps,
          after,
          due - d.refund_announced_minor,
          RETURN_DONE.includes(move.event),
        );
  const mails = moved ? await mailsToBothSides(tx, deps, after, move.event, known.proposals) : [];
  await enqueueMany(tx, deps.clock, [...refund, ...mails]);
  return { dispute: after, eventId };
}

/**
 * A ruling opens its appeal window (7 days); any later move of the dispute (a return shipped, the appeal
 * itself) closes it, so a ruling is appealed only as it stands.
 */
function appealWindow(event: DisputeEventType, moved: boolean, now: Date): DisputeChange {
  if (event === "dispute.ruled")
    return { ruled_at: now.toISOString(), appealable_until: appealClosesAt(now).toISOString() };
  return moved ? { appealable_until: null } : {};
}

/** The columns of the clock a dispute runs in `status`: who must act, by when, what fires, the reminder. */
export function clockColumns(
  status: DisputeRow["status"],
  t: {
    negotiationFrom: string;
    statusFrom: string;
    evidenceDueAt?: string | null;
    evidenceFrom?: Side | null;
  },
  now: Date,
): DisputeChange {
  const deadline = deadlineOf(status, {
    negotiationFrom: new Date(t.negotiationFrom),
    statusFrom: new Date(t.statusFrom),
    evidenceDueAt: t.evidenceDueAt ? new Date(t.evidenceDueAt) : null,
    evidenceFrom: t.evidenceFrom ?? null,
  });
  if (!deadline) return { deadline_at: null, deadline_action: null, deadline_who: null, reminder_at: null };
  return {
    deadline_at: deadline.at.toISOString(),
    deadline_action: deadline.action,
    deadline_who: deadline.who,
    reminder_at: nextReminder(status, deadline.at, now),
  };
}

/**
 * The next reminder before a deadline: 24 hours before it, and for a return also 48 hours before (a
 * buyer who does not ship loses the dispute); none once they are past.
 */
export function nextReminder(status: DisputeRow["status"], deadline: Date, now: Date): string | null {
  const hours = status === "awaiting_return" ? [48, REMINDER_HOURS] : [REMINDER_HOURS];
  const upcoming = hours.map((h) => new Date(deadline.getTime() - h * 3_600_000)).find((at) => at > now);
  return upcoming?.toISOString() ?? null;
}

/** An ended dispute frees its items for another; a reopened one claims them again. */
async function holdOrFreeItems(tx: Tx, deps: MoveDeps, before: DisputeRow, after: DisputeRow) {
  const ended = (s: DisputeRow["status"]) => s === "resolved" || s === "withdrawn";
  if (!ended(before.status) && ended(after.status)) await deps.disputes.unlockItems(tx, after.id);
  if (ended(before.status) && !ended(after.status)) {
    const items = await deps.disputes.itemsOf(tx, after.id);
    try {
      await deps.disputes.lockItems(
        tx,
        after.id,
        items.map((i) => i.order_item_id),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw new AppError(409, "items_in_dispute", "Some of these items are in another open dispute now.");
    }
  }
}

const SETTLING: DisputeEventType[] = ["proposal.accepted", "proposal.carried_out", "dispute.ruled"];
const RETURN_DONE: DisputeEventType[] = ["return.received", "return.refunded_by_timer"];

/**
 * What the buyer is owed in all once this event is recorded, or null when it changes nothing: an
 * agreement or ruling that resolves the dispute settles it, a return that arrived releases its refund.
 */
function refundDueAfter(event: DisputeEventType, next: DisputeRow["status"], refundMinor: number | null) {
  if (SETTLING.includes(event) && next === "resolved") return refundMinor ?? 0;
  if (RETURN_DONE.includes(event)) return refundMinor ?? 0;
  return null;
}

/**
 * What the marketplace must pay out, as an outbox message: a refund when one is agreed, ruled or its
 * return arrived, and only the difference when an appeal's ruling changes an earlier one (more: a further
 * refund; less: a reversal for the marketplace to handle). The integration reads these rows.
 */
async function refundMessage(
  tx: Tx,
  deps: MoveDeps,
  d: DisputeRow,
  delta: number,
  afterReturn: boolean,
): Promise<OutboxMessage[]> {
  if (delta === 0) return [];
  const items = await deps.disputes.itemsOf(tx, d.id);
  const payload: RefundRequested = {
    disputeId: d.id,
    reference: d.reference,
    orderId: d.order_id,
    items: items.map((i) => ({ orderItemId: i.order_item_id, quantity: i.quantity })),
    amountMinor: Math.abs(delta),
    currency: d.currency,
    afterReturn,
  };
  return [
    {
      topic: delta > 0 ? REFUND_REQUESTED : REFUND_REVERSAL_REQUESTED,
      dedupeKey: `refund:${d.id}:${d.version}`,
      payload,
    },
  ];
}

const HEADLINES: Partial<Record<DisputeEventType, string>> = {
  "dispute.opened": "A buyer opened a dispute",
  "proposal.made": "There is a new proposal",
  "proposal.accepted": "A proposal was accepted",
  "proposal.carried_out": "A proposal was carried out",
  "dispute.escalated": "The dispute went to the platform",
  "evidence.requested": "The platform asks for evidence",
  "dispute.ruled": "The platform ruled",
  "return.shipped": "The return is on its way",
  "return.received": "The return arrived and the refund follows",
  "return.refunded_by_timer": "The refund was carried out",
  "return.not_shipped": "The dispute closed: the return was not shipped",
  "dispute.withdrawn": "The buyer withdrew the dispute",
  "dispute.reopened": "The buyer reopened the dispute",
  "dispute.appealed": "The ruling was appealed",
};

/** Both sides get the same words: what happened, who acts next, and what the timer will do. */
export async function tellBothSides(tx: Tx, deps: MoveDeps, d: DisputeRow, event: DisputeEventType) {
  await enqueueMany(tx, deps.clock, await mailsToBothSides(tx, deps, d, event));
}

async function mailsToBothSides(
  tx: Tx,
  deps: MoveDeps,
  d: DisputeRow,
  event: DisputeEventType,
  proposals?: ProposalRow[],
): Promise<OutboxMessage[]> {
  const headline = HEADLINES[event];
  if (!headline) return [];
  const next = nextStepOf(d, proposals ?? (await deps.disputes.proposalsOf(tx, d.id)));
  const sides = [
    ["buyer", d.buyer_user_id],
    ["seller", d.seller_user_id],
  ] as const;
  const emails = await deps.disputes.emailsOf(
    tx,
    sides.flatMap(([, userId]) => (userId ? [userId] : [])),
  );
  return sides.flatMap(([side, userId]): OutboxMessage[] => {
    const email = userId && emails.get(userId);
    if (!email) return [];
    return [
      {
        topic: "mail.send",
        dedupeKey: `mail:dispute:${d.id}:${d.version}:${side}`,
        payload: mailMessage("dispute-update", email, {
          reference: d.reference,
          orderId: d.order_id,
          headline,
          next: next.text,
          ifNobody: next.ifNobodyActs ?? "",
          url: `${deps.publicUrl}/disputes/${d.id}`,
        }),
      },
    ];
  });
}
