import { z } from "zod";

/** Buyer protection: from shipment until this many days after delivery is confirmed. */
export const PROTECTION_DAYS_AFTER_DELIVERY = 15;
/** The side whose turn it is has this long to answer a proposal; silence carries out the proposal. */
export const ANSWER_DAYS = 5;
/** Either side may escalate once the negotiation has lasted this long… */
export const ESCALATE_AFTER_DAYS = 3;
/** …and it escalates by itself once it has lasted this long. */
export const AUTO_ESCALATE_DAYS = 15;
/** The platform rules within this many days of an escalation or an appeal (its target is 48 hours). */
export const RULING_DAYS = 7;
/** After a ruling or agreement to return, the buyer ships within this many days. */
export const RETURN_SHIP_DAYS = 10;
/** Once the return is delivered, the seller refunds within this many business days. */
export const RETURN_REFUND_BUSINESS_DAYS = 2;
/** A ruling may be appealed once, within this many days. */
export const APPEAL_DAYS = 7;
/** Reminders go out this long before a timer fires. */
export const REMINDER_HOURS = 24;

export const DisputeReason = z.enum(
  ["not_received", "not_as_described", "quality", "damaged", "missing_parts", "wrong_item", "counterfeit"],
  { error: "Choose what is wrong with the order." },
);
export type DisputeReason = z.infer<typeof DisputeReason>;

export const DISPUTE_REASON_LABELS: Record<DisputeReason, string> = {
  not_received: "I did not receive it",
  not_as_described: "It is not as described",
  quality: "Its quality is poor",
  damaged: "It arrived damaged",
  missing_parts: "Parts are missing",
  wrong_item: "I received the wrong item",
  counterfeit: "It is counterfeit",
};

export const ResolutionKind = z.enum(["refund", "partial_refund", "return_and_refund"], {
  error: "Choose what you want: a refund, a partial refund, or to return it for a refund.",
});
export type ResolutionKind = z.infer<typeof ResolutionKind>;

export const RESOLUTION_LABELS: Record<ResolutionKind, string> = {
  refund: "Refund only (keep the items)",
  partial_refund: "Partial refund (keep the items)",
  return_and_refund: "Return the items for a full refund",
};

/** What one side proposes. A partial refund names its amount, in minor units of the order's currency. */
export const Proposal = z.object({
  kind: ResolutionKind,
  amountMinor: z.number().int().positive("The amount must be more than zero.").optional(),
  note: z.string().trim().max(2000).optional(),
});
export type Proposal = z.infer<typeof Proposal>;

export const DisputedItem = z.object({
  orderItemId: z.string().min(1).max(100),
  quantity: z.number().int().min(1, "Choose at least one of this item."),
});

export const OpenDispute = z.object({
  orderId: z.string({ error: "Choose the order." }).min(1).max(100),
  items: z.array(DisputedItem).min(1, "Choose the items the dispute is about.").max(100),
  reason: DisputeReason,
  proposal: Proposal,
  description: z
    .string({ error: "Describe the problem." })
    .trim()
    .min(20, "Describe the problem in at least 20 characters.")
    .max(5000),
});
export type OpenDispute = z.infer<typeof OpenDispute>;

export const PostMessage = z.object({
  text: z.string().trim().min(1, "Write a message.").max(5000),
});

export const DISPUTE_STATUSES = [
  "awaiting_seller",
  "awaiting_buyer",
  "escalated",
  "awaiting_evidence",
  "awaiting_return",
  "return_shipped",
  "appealed",
  "withdrawn",
  "resolved",
] as const;
export const DisputeStatus = z.enum(DISPUTE_STATUSES);
export type DisputeStatus = z.infer<typeof DisputeStatus>;

export const DISPUTE_STATUS_LABELS: Record<DisputeStatus, string> = {
  awaiting_seller: "Waiting for the seller",
  awaiting_buyer: "Waiting for the buyer",
  escalated: "With the platform",
  awaiting_evidence: "The platform asked for evidence",
  awaiting_return: "Waiting for the buyer to ship the return",
  return_shipped: "Return on its way to the seller",
  appealed: "Appeal with the platform",
  withdrawn: "Withdrawn by the buyer",
  resolved: "Resolved",
};

export const Side = z.enum(["buyer", "seller"]);
export type Side = z.infer<typeof Side>;

/** How a dispute ended: what was refunded, or that it was rejected. */
export const DisputeOutcome = z.enum(["refund", "partial_refund", "return_and_refund", "rejected"]);
export type DisputeOutcome = z.infer<typeof DisputeOutcome>;

export const Money = z.object({ amountMinor: z.number().int(), currency: z.string() });

export const OrderItem = z.object({
  id: z.string(),
  listingId: z.string(),
  title: z.string(),
  quantity: z.number().int(),
  priceMinor: z.number().int(),
});

/** Whether a dispute may be opened on an order now, and if not, why and from/until when. */
export const Disputability = z.object({
  open: z.boolean(),
  reasons: z.array(DisputeReason),
  why: z.string().nullable(),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
});
export type Disputability = z.infer<typeof Disputability>;

export const DisputeLink = z.object({ id: z.string(), reference: z.string(), status: DisputeStatus });

export const Order = z.object({
  id: z.string(),
  storeId: z.string(),
  storeName: z.string(),
  status: z.string(),
  total: Money,
  orderedAt: z.string(),
  shippedAt: z.string().nullable(),
  promisedBy: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  lastTrackingAt: z.string().nullable(),
  items: z.array(OrderItem),
  disputability: Disputability,
  disputes: z.array(DisputeLink),
});
export type Order = z.infer<typeof Order>;

export const StoredProposal = Proposal.extend({
  id: z.string(),
  by: Side,
  at: z.string(),
  /** The latest proposal of its side: the one the other side may accept. */
  latest: z.boolean(),
});

/** Who must act next, by when, and what happens if nobody does: shown to both sides. */
/** Each situation a next step can describe; a client words it in its own language from `params`. */
export const NextStepCode = z.enum([
  "answer_proposal",
  "mediator_rules",
  "appeal_under_review",
  "evidence_requested",
  "ship_return",
  "confirm_return",
  "withdrawn",
  "withdrawn_reopenable",
  "resolved",
  "resolved_appealable",
]);
export type NextStepCode = z.infer<typeof NextStepCode>;

/** What the timer does when nobody acts in time. */
export const IfNobodyActsCode = z.enum([
  "escalates",
  "proposal_carried_out",
  "platform_decides",
  "closes_without_refund",
  "refund_carried_out",
  "ruling_stands",
]);
export type IfNobodyActsCode = z.infer<typeof IfNobodyActsCode>;

/** The values a next step's sentences name; each code uses some of them (moments are ISO-8601 UTC). */
export const NextStepParams = z.object({
  /** The deadline the sentences name: the same moment as `by`. */
  deadline: z.string().optional(),
  /** The proposal the side whose turn it is answers; absent when it cannot be found. */
  proposal: z.object({ kind: ResolutionKind, refund: Money }).optional(),
  /** What the dispute ended with, and what it refunds (also the refund a confirmed return carries out). */
  outcome: DisputeOutcome.optional(),
  refund: Money.optional(),
  /** Until when a withdrawn dispute may be reopened, when buyer protection ends. */
  reopenUntil: z.string().optional(),
  /** Until when a ruling may be appealed. */
  appealUntil: z.string().optional(),
});
export type NextStepParams = z.infer<typeof NextStepParams>;

/**
 * Who must act next, by when, and what happens if nobody does: `text` and `ifNobodyActs` in English,
 * `code`, `ifNobodyActsCode` and `params` for clients that say it in their reader's language.
 */
export const NextStep = z.object({
  who: z.enum(["buyer", "seller", "platform", "nobody"]),
  by: z.string().nullable(),
  code: NextStepCode,
  ifNobodyActsCode: IfNobodyActsCode.nullable(),
  params: NextStepParams,
  text: z.string(),
  ifNobodyActs: z.string().nullable(),
});
export type NextStep = z.infer<typeof NextStep>;

export const EvidenceFile = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  url: z.string(),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const TimelineEntry = z.object({
  id: z.string(),
  type: z.string(),
  label: z.string(),
  by: z.enum(["buyer", "seller", "platform", "system"]),
  at: z.string(),
  text: z.string().nullable(),
  /** Evidence sent with this entry; `url` downloads it (the asker's own route: party or console). */
  files: z.array(EvidenceFile),
});

export const Dispute = z.object({
  id: z.string(),
  reference: z.string(),
  /** How the asker stands in this dispute. */
  role: Side,
  status: DisputeStatus,
  statusLabel: z.string(),
  reason: DisputeReason,
  description: z.string(),
  descriptionLanguage: z.string().nullable(),
  order: z.object({
    id: z.string(),
    storeName: z.string(),
    orderedAt: z.string(),
    shippedAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    total: Money,
  }),
  items: z.array(
    OrderItem.pick({ title: true, quantity: true, priceMinor: true }).extend({ orderItemId: z.string() }),
  ),
  /** The most a refund can be: what was paid for the disputed items. */
  disputed: Money,
  proposals: z.array(StoredProposal),
  next: NextStep,
  outcome: DisputeOutcome.nullable(),
  refund: Money.nullable(),
  openedAt: z.string(),
  /** What the asker may do now; each is also checked on the server. */
  actions: z.object({
    propose: z.boolean(),
    accept: z.string().nullable(),
    escalate: z.boolean(),
    escalateFrom: z.string().nullable(),
    withdraw: z.boolean(),
    reopen: z.boolean(),
    message: z.boolean(),
    shipReturn: z.boolean(),
    confirmReturn: z.boolean(),
    provideEvidence: z.boolean(),
    appeal: z.boolean(),
    appealUntil: z.string().nullable(),
  }),
  timeline: z.array(TimelineEntry),
});
export type Dispute = z.infer<typeof Dispute>;

export const DisputeSummary = z.object({
  id: z.string(),
  reference: z.string(),
  role: Side,
  status: DisputeStatus,
  statusLabel: z.string(),
  reason: DisputeReason,
  orderId: z.string(),
  storeName: z.string(),
  title: z.string(),
  disputed: Money,
  nextWho: NextStep.shape.who,
  nextBy: z.string().nullable(),
  openedAt: z.string(),
});
export type DisputeSummary = z.infer<typeof DisputeSummary>;

export const MyDisputesQuery = z.object({
  role: Side.default("buyer"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ReturnShipment = z.object({
  carrier: z.string({ error: "Name the carrier." }).trim().min(2, "Name the carrier.").max(100),
  trackingNumber: z
    .string({ error: "Enter the tracking number." })
    .trim()
    .min(4, "Enter the tracking number the carrier gave you.")
    .max(100),
});

export const AppealRuling = z.object({
  reason: z
    .string({ error: "Explain why the ruling is wrong." })
    .trim()
    .min(20, "Explain why the ruling is wrong, in at least 20 characters.")
    .max(5000),
});

export const RequestEvidence = z.object({
  from: Side,
  message: z.string().trim().min(10, "Say what evidence is needed, in at least 10 characters.").max(2000),
  /** How long the side has, in days: 1 to 7. */
  days: z.number().int().min(1, "Give at least 1 day.").max(7, "Give at most 7 days."),
});

export const ProvideEvidence = z.object({
  message: z.string().trim().min(1, "Describe the evidence you send.").max(5000),
});

export const RulingOutcome = z.enum(["refund", "partial_refund", "return_and_refund", "rejected"], {
  error: "Choose the ruling.",
});

export const Ruling = z.object({
  outcome: RulingOutcome,
  amountMinor: z.number().int().positive("The amount must be more than zero.").optional(),
  reasons: z.string().trim().min(30, "Give the reasons, in at least 30 characters.").max(5000),
  /** What the ruling rests on: the timeline entries (proposals, messages, evidence) considered. */
  evidenceConsidered: z.array(z.string().max(100)).min(1, "Name the evidence you considered.").max(100),
});
export type Ruling = z.infer<typeof Ruling>;

/** What the rules suggest for a dispute, with the reason; the mediator decides. */
export const Suggestion = z.object({ outcome: RulingOutcome, why: z.string() }).nullable();
export type Suggestion = z.infer<typeof Suggestion>;

export const ConsoleDisputeItem = z.object({
  id: z.string(),
  reference: z.string(),
  status: DisputeStatus,
  statusLabel: z.string(),
  reason: DisputeReason,
  storeName: z.string(),
  title: z.string(),
  disputed: Money,
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  openedAt: z.string(),
});
export type ConsoleDisputeItem = z.infer<typeof ConsoleDisputeItem>;

export const ConsoleDisputeQuery = z.object({
  status: z.enum(["escalated", "awaiting_evidence", "appealed"]).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The mediator's view: both sides' page, the order's shipping facts, and the rules' suggestion. */
export const ConsoleDispute = Dispute.omit({ role: true, actions: true }).extend({
  buyerName: z.string(),
  sellerName: z.string().nullable(),
  shipping: z.object({
    carrier: z.string().nullable(),
    trackingNumber: z.string().nullable(),
    lastTrackingAt: z.string().nullable(),
    promisedBy: z.string().nullable(),
  }),
  suggestion: Suggestion,
  ruledBy: z.string().nullable(),
  actions: z.object({ requestEvidence: z.boolean(), rule: z.boolean(), whyNot: z.string().nullable() }),
});
export type ConsoleDispute = z.infer<typeof ConsoleDispute>;

/** Evidence with a dispute: up to 10 files; a video (MP4, WebM) up to 50 MB, photos and documents 5 MB. */
export const MAX_DISPUTE_FILES = 10;
export const MAX_VIDEO_BYTES = 50 * 1024 * 1024;
