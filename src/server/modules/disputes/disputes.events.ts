import { z } from "zod";
import { DisputeOutcome, DisputeReason, ResolutionKind, Side } from "../../../contracts/disputes.ts";
import {
  type EventDataOf,
  type EventTypeOf,
  eventCatalog,
  type TypedEventOf,
} from "../../platform/db/event-catalog.ts";
import type { DisputeEventType } from "./dispute-machine.ts";

const ProposalRef = z.object({
  proposalId: z.string(),
  kind: ResolutionKind,
  amountMinor: z.number().int().nullable(),
});
const Settled = z.object({ outcome: DisputeOutcome, refundMinor: z.number().int() });

/** What each dispute event records beside its type, actor and time: the stored `data_json`. */
export const DISPUTE_EVENTS = {
  "dispute.opened": z.object({ reason: DisputeReason, proposalId: z.string() }),
  "proposal.made": ProposalRef,
  "proposal.accepted": Settled.extend({ proposalId: z.string() }),
  "proposal.carried_out": Settled.extend({ proposalId: z.string() }),
  "dispute.escalated": z.object({}),
  "evidence.requested": z.object({ from: Side, dueAt: z.string(), message: z.string() }),
  "evidence.provided": z.object({ message: z.string(), fileNames: z.array(z.string()) }),
  "evidence.request_ended": z.object({}),
  "dispute.ruled": Settled.extend({ reasons: z.string() }),
  "return.shipped": z.object({ carrier: z.string(), trackingNumber: z.string() }),
  "return.received": z.object({ refundMinor: z.number().int() }),
  "return.refunded_by_timer": z.object({ refundMinor: z.number().int() }),
  "return.not_shipped": z.object({}),
  "dispute.withdrawn": z.object({}),
  "dispute.reopened": z.object({}),
  "dispute.appealed": z.object({ by: Side, reason: z.string() }),
  "message.posted": z.object({ text: z.string() }),
  "evidence.added": z.object({ message: z.string(), fileNames: z.array(z.string()) }),
  "reminder.sent": z.object({ to: z.enum(["buyer", "seller", "platform"]), dueAt: z.string() }),
} satisfies Record<DisputeEventType, z.ZodType>;

export const disputeEvents = eventCatalog("dispute_events", DISPUTE_EVENTS);

export type DisputeEventData<T extends DisputeEventType> = EventDataOf<typeof DISPUTE_EVENTS, T>;
export type TypedDisputeEvent = TypedEventOf<typeof DISPUTE_EVENTS>;
export type DisputeEventName = EventTypeOf<typeof DISPUTE_EVENTS>;

/** The outbox topic the marketplace integration reads: a refund to carry out. */
export const REFUND_REQUESTED = "refund.requested";
/** An appeal lowered a refund already announced: the marketplace recovers the difference. */
export const REFUND_REVERSAL_REQUESTED = "refund.reversal_requested";
export const RefundRequested = z.object({
  disputeId: z.string(),
  reference: z.string(),
  orderId: z.string(),
  items: z.array(z.object({ orderItemId: z.string(), quantity: z.number().int() })),
  amountMinor: z.number().int().positive(),
  currency: z.string(),
  /** A return and refund: the refund follows the return's delivery. */
  afterReturn: z.boolean(),
});
export type RefundRequested = z.infer<typeof RefundRequested>;

/**
 * An order's disputes changed whether it is in an unresolved one (a dispute opened, ended or was
 * reopened): the ratings of the order wait while one is unresolved.
 */
export const ORDER_DISPUTES_CHANGED = "dispute.order_changed";
export const OrderDisputesChanged = z.object({ orderId: z.string() });
export type OrderDisputesChanged = z.infer<typeof OrderDisputesChanged>;
