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
  ORDER_DISPUTES_CHANGED,
  type OrderDisputesChanged,
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

/** One move asked for: the dispute as read, the move, and its proposals when already read. */
export interface MoveRequest {
  dispute: DisputeRow;
  move: AnyMove;
  /** The dispute's proposals when the caller already read them and the move adds none. */
  proposals?: ProposalRow[];
}

/** A move recorded (the dispute as it now is, and the event's id), or refused with a 409. */
export type MoveResult =
  | { ok: true; dispute: DisputeRow; eventId: string }
  | { ok: false; refused: AppError };

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
  known: { proposals?: ProposalRow[] } = {},
): Promise<{ dispute: DisputeRow; eventId: string }> {
  const [result] = await moveDisputes(tx, deps, [{ dispute: d, move, proposals: known.proposals }]);
  if (!result!.ok) throw result!.refused;
  return result!;
}

/**
 * The same for many disputes in one transaction (the worker's batch of due timers): the rows (each only
 * at the version read), the events, the freed items, the refunds and the mails of all of them are read
 * and written a statement each, not a statement per dispute. One refused leaves the others to go on.
 */
export async function moveDisputes(tx: Tx, deps: MoveDeps, requests: MoveRequest[]): Promise<MoveResult[]> {
  const now = deps.clock.now();
  const plans = requests.map((request) => planMove(request.dispute, request.move, now));
  const changed = await deps.disputes.changeMany(
    tx,
    requests.flatMap(({ dispute }, i) => {
      const plan = plans[i]!;
      return plan.ok ? [{ id: dispute.id, version: dispute.version, set: plan.change }] : [];
    }),
  );
  const results: MoveResult[] = new Array(requests.length);
  const applied: Applied[] = [];
  requests.forEach((request, index) => {
    const plan = plans[index]!;
    const after = changed.get(request.dispute.id);
    if (!plan.ok) results[index] = plan;
    else if (!after)
      results[index] = {
        ok: false,
        refused: stateConflict(request.dispute, "This dispute changed while you were looking at it."),
      };
    else applied.push({ ...request, ...plan, after, index });
  });
  const at = now.toISOString();
  const eventIds = await deps.disputes.appendEvents(
    tx,
    applied.map((a) => ({
      disputeId: a.after.id,
      type: a.move.event,
      status: a.after.status,
      actor: ACTOR_COLUMN[a.move.by],
      actorUserId: a.move.actorUserId,
      data: a.move.data,
      at,
    })),
  );
  applied.forEach((a, i) => {
    results[a.index] = { ok: true, dispute: a.after, eventId: eventIds[i]! };
  });
  await holdOrFreeItems(tx, deps, applied);
  await enqueueMany(tx, deps.clock, [
    ...applied
      .filter((a) => ended(a.dispute.status) !== ended(a.after.status))
      .map((a) => orderChanged(a.after)),
    ...(await refundMessages(tx, deps, applied)),
    ...(await mailsToBothSides(
      tx,
      deps,
      applied
        .filter((a) => a.moved)
        .map((a) => ({ dispute: a.after, event: a.move.event, proposals: a.proposals })),
    )),
  ]);
  return results;
}

/** A move that passed the rules and its version check: what it changed and what follows from it. */
interface Applied extends MoveRequest {
  after: DisputeRow;
  /** The status or its clock changed: both sides are told. */
  moved: boolean;
  /** What the buyer is owed in all after it, or null when it changes nothing. */
  due: number | null;
  index: number;
}

/** What a move changes in the dispute's row, worked out from the row alone; or the rules' refusal. */
function planMove(
  d: DisputeRow,
  move: AnyMove,
  now: Date,
):
  | { ok: true; change: DisputeChange; moved: boolean; due: number | null }
  | { ok: false; refused: AppError } {
  const next = statusAfter(d.status, move.event, move.by, move.settled?.outcome);
  if (typeof next !== "string") return { ok: false, refused: stateConflict(d, next.refused) };
  const at = now.toISOString();
  const moved = next !== d.status || !!move.restartsClock;
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
    ...appealWindow(move.event, moved, now),
    updated_at: at,
    ...(move.settled ? { outcome: move.settled.outcome, refund_minor: move.settled.refundMinor } : {}),
  };
  return { ok: true, change, moved, due };
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

const ended = (s: DisputeRow["status"]) => s === "resolved" || s === "withdrawn";

/** An ended dispute frees its items for another; a reopened one claims them again. */
async function holdOrFreeItems(tx: Tx, deps: MoveDeps, applied: Applied[]) {
  const freed = applied.filter((a) => !ended(a.dispute.status) && ended(a.after.status));
  if (freed.length > 0)
    await deps.disputes.unlockItems(
      tx,
      freed.map((a) => a.after.id),
    );
  for (const { dispute, after } of applied) {
    if (!ended(dispute.status) || ended(after.status)) continue;
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
 * What the marketplace must pay out, as outbox messages: a refund when one is agreed, ruled or its
 * return arrived, and only the difference when an appeal's ruling changes an earlier one (more: a further
 * refund; less: a reversal for the marketplace to handle). The integration reads these rows.
 */
async function refundMessages(tx: Tx, deps: MoveDeps, applied: Applied[]): Promise<OutboxMessage[]> {
  const refunds = applied.flatMap(({ dispute, move, after, due }) =>
    due === null || due === dispute.refund_announced_minor
      ? []
      : [
          {
            after,
            delta: due - dispute.refund_announced_minor,
            afterReturn: RETURN_DONE.includes(move.event),
          },
        ],
  );
  if (refunds.length === 0) return [];
  const itemsOf = await deps.disputes.itemsOfMany(
    tx,
    refunds.map((r) => r.after.id),
  );
  return refunds.map(({ after: d, delta, afterReturn }) => {
    const payload: RefundRequested = {
      disputeId: d.id,
      reference: d.reference,
      orderId: d.order_id,
      items: (itemsOf.get(d.id) ?? []).map((i) => ({ orderItemId: i.order_item_id, quantity: i.quantity })),
      amountMinor: Math.abs(delta),
      currency: d.currency,
      afterReturn,
    };
    return {
      topic: delta > 0 ? REFUND_REQUESTED : REFUND_REVERSAL_REQUESTED,
      dedupeKey: `refund:${d.id}:${d.version}`,
      payload,
    };
  });
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

/** Tells whoever keeps something per order (its ratings) that the order's disputes changed. */
export const orderChanged = (d: DisputeRow): OutboxMessage => ({
  topic: ORDER_DISPUTES_CHANGED,
  dedupeKey: `order-disputes:${d.id}:${d.version}`,
  payload: { orderId: d.order_id } satisfies OrderDisputesChanged,
});

/** Both sides get the same words: what happened, who acts next, and what the timer will do. */
export async function tellBothSides(tx: Tx, deps: MoveDeps, d: DisputeRow, event: DisputeEventType) {
  await enqueueMany(tx, deps.clock, await mailsToBothSides(tx, deps, [{ dispute: d, event }]));
}

interface Telling {
  /** The dispute as it is after the event. */
  dispute: DisputeRow;
  event: DisputeEventType;
  proposals?: ProposalRow[];
}

/** The mails of these events, with the disputes' proposals and the sides' addresses read once for all. */
async function mailsToBothSides(tx: Tx, deps: MoveDeps, tellings: Telling[]): Promise<OutboxMessage[]> {
  const told = tellings.filter((t) => HEADLINES[t.event]);
  if (told.length === 0) return [];
  const unread = told.filter((t) => !t.proposals).map((t) => t.dispute.id);
  const proposalsOf = unread.length > 0 ? await deps.disputes.proposalsOfMany(tx, unread) : new Map();
  const userIds = told.flatMap(({ dispute }) => [dispute.buyer_user_id, dispute.seller_user_id]);
  const emails = await deps.disputes.emailsOf(tx, [...new Set(userIds.filter((id): id is string => !!id))]);
  return told.flatMap(({ dispute: d, event, proposals }) => {
    const next = nextStepOf(d, proposals ?? proposalsOf.get(d.id) ?? []);
    const sides = [
      ["buyer", d.buyer_user_id],
      ["seller", d.seller_user_id],
    ] as const;
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
            headline: HEADLINES[event]!,
            next: next.text,
            ifNobody: next.ifNobodyActs ?? "",
            url: `${deps.publicUrl}/disputes/${d.id}`,
          }),
        },
      ];
    });
  });
}
