import {
  DISPUTE_STATUS_LABELS,
  type Dispute,
  type IfNobodyActsCode,
  type NextStep,
  type NextStepCode,
  type NextStepParams,
  type Side,
} from "../../../contracts/disputes.ts";
import type { DisputeFileTable } from "../../platform/db/schema.disputes.ts";
import type { OrderRecord } from "../catalog/orders.repository.ts";
import { escalationOpensAt, NEGOTIATING, turnOf } from "./dispute-machine.ts";
import { resolutionText } from "./dispute-texts.ts";
import type { DisputeRow, ProposalRow } from "./disputes.repository.ts";
import { nextStepSentences, type Situation } from "./next-step-texts.ts";

type StoredEvent = Awaited<
  ReturnType<import("./disputes.repository.ts").DisputesRepository["eventsOf"]>
>[number];

/** What the buyer gets from a proposal: a partial refund names its amount, the others the whole. */
export function refundOf(proposal: Pick<ProposalRow, "kind" | "amount_minor">, disputedMinor: number) {
  return proposal.kind === "partial_refund" ? (proposal.amount_minor ?? 0) : disputedMinor;
}

/** The latest proposal of each side. */
export function latestProposals(proposals: ProposalRow[]) {
  const latest = (side: Side) => proposals.filter((p) => p.side === side).at(-1) ?? null;
  return { buyer: latest("buyer"), seller: latest("seller") };
}

const other = (side: Side): Side => (side === "buyer" ? "seller" : "buyer");

/**
 * Who must act next, by when, and what the timer does if nobody does: the same words for both sides, and
 * the code and values a client words in its reader's language. A page shows the moment apart
 * (`momentShown`), a mail in its text.
 */
export function nextStepOf(d: DisputeRow, proposals: ProposalRow[], momentShown = false): NextStep {
  const situation = situationOf(d, proposals);
  return { ...situation, ...nextStepSentences(situation, momentShown) };
}

function situationOf(d: DisputeRow, proposals: ProposalRow[]): Situation {
  const by = d.deadline_at;
  const timed = (
    code: NextStepCode,
    ifNobodyActsCode: IfNobodyActsCode | null,
    params: NextStepParams = {},
  ) => ({
    by,
    code,
    ifNobodyActsCode,
    params: { deadline: by ?? undefined, ...params },
  });
  const money = (amountMinor: number) => ({ amountMinor, currency: d.currency });
  switch (d.status) {
    case "awaiting_seller":
    case "awaiting_buyer": {
      const who = turnOf(d.status)!;
      const theirs = latestProposals(proposals)[other(who)];
      const proposal = theirs
        ? { kind: theirs.kind, refund: money(refundOf(theirs, d.disputed_minor)) }
        : undefined;
      const silence = d.deadline_action === "escalate" ? "escalates" : "proposal_carried_out";
      return { who, ...timed("answer_proposal", silence, { proposal }) };
    }
    case "escalated":
      return { who: "platform", ...timed("mediator_rules", null) };
    case "appealed":
      return { who: "platform", ...timed("appeal_under_review", null) };
    case "awaiting_evidence":
      return { who: d.evidence_from ?? "buyer", ...timed("evidence_requested", "platform_decides") };
    case "awaiting_return":
      return { who: "buyer", ...timed("ship_return", "closes_without_refund") };
    case "return_shipped": {
      const refund = money(d.refund_minor ?? d.disputed_minor);
      return { who: "seller", ...timed("confirm_return", "refund_carried_out", { refund }) };
    }
    case "withdrawn":
      return withdrawnSituation(d);
    case "resolved":
      return resolvedSituation(d);
  }
}

/** A withdrawn dispute may be reopened once, while buyer protection lasts. */
function withdrawnSituation(d: DisputeRow): Situation {
  const ended = { who: "nobody", by: null, ifNobodyActsCode: null } as const;
  if (d.reopened_at) return { ...ended, code: "withdrawn", params: {} };
  return {
    ...ended,
    code: "withdrawn_reopenable",
    params: { reopenUntil: d.protection_ends_at ?? undefined },
  };
}

/** A ruling stands once its appeal time is over; until then either side may appeal it once. */
function resolvedSituation(d: DisputeRow): Situation {
  const params = {
    outcome: d.outcome ?? "rejected",
    refund: { amountMinor: d.refund_minor ?? 0, currency: d.currency },
  };
  const until = d.appealed_at ? null : d.appealable_until;
  if (!until) return { who: "nobody", by: null, code: "resolved", ifNobodyActsCode: null, params };
  return {
    who: "nobody",
    by: until,
    code: "resolved_appealable",
    ifNobodyActsCode: "ruling_stands",
    params: { ...params, appealUntil: until },
  };
}

const EVENT_LABELS: Record<StoredEvent["type"], string> = {
  "dispute.opened": "Dispute opened",
  "proposal.made": "New proposal",
  "proposal.accepted": "Proposal accepted",
  "proposal.carried_out": "Proposal carried out: the other side did not answer in time",
  "dispute.escalated": "Escalated to the platform",
  "evidence.requested": "The platform asked for evidence",
  "evidence.provided": "Evidence sent to the platform",
  "evidence.request_ended": "The time for evidence ended",
  "dispute.ruled": "The platform ruled",
  "return.shipped": "Return shipped",
  "return.received": "Return received by the seller",
  "return.refunded_by_timer": "Refunded: the seller did not confirm the return in time",
  "return.not_shipped": "Closed: the return was not shipped in time",
  "dispute.withdrawn": "Withdrawn by the buyer",
  "dispute.reopened": "Reopened by the buyer",
  "dispute.appealed": "Ruling appealed",
  "message.posted": "Message",
  "evidence.added": "Evidence added",
  "reminder.sent": "Reminder sent",
};

function eventText(e: StoredEvent, d: DisputeRow, proposals: ProposalRow[]): string | null {
  switch (e.type) {
    case "proposal.made": {
      const p = proposals.find((x) => x.id === e.data.proposalId);
      const what = resolutionText(e.data.kind, e.data.amountMinor ?? d.disputed_minor, d.currency);
      return p?.note ? `Proposes ${what}: ${p.note}` : `Proposes ${what}.`;
    }
    case "dispute.opened": {
      const p = proposals.find((x) => x.id === e.data.proposalId);
      return p ? `Asks for ${resolutionText(p.kind, refundOf(p, d.disputed_minor), d.currency)}.` : null;
    }
    case "proposal.accepted":
    case "proposal.carried_out":
      return `Agreed: ${resolutionText(e.data.outcome, e.data.refundMinor, d.currency)}.`;
    case "dispute.ruled": {
      const ruled = resolutionText(e.data.outcome, e.data.refundMinor, d.currency);
      return `${ruled.charAt(0).toUpperCase()}${ruled.slice(1)}. ${e.data.reasons}`;
    }
    case "message.posted":
      return e.data.text;
    case "evidence.added":
    case "evidence.provided":
      return e.data.message;
    case "return.shipped":
      return `${e.data.carrier}, tracking number ${e.data.trackingNumber}`;
    case "evidence.requested":
      return e.data.message;
    case "dispute.appealed":
      return e.data.reason;
    default:
      return null;
  }
}

export interface DisputeFacts {
  row: DisputeRow;
  order: OrderRecord;
  items: { order_item_id: string; title: string; quantity: number; price_minor: number }[];
  proposals: ProposalRow[];
  events: StoredEvent[];
  files: DisputeFileTable[];
}

/** Where the asker downloads a dispute's file: buyers and sellers on their route, mediators on theirs. */
export type FileUrl = (disputeId: string, fileId: string) => string;
export const partyFileUrl: FileUrl = (disputeId, fileId) => `/api/v1/disputes/${disputeId}/files/${fileId}`;

/**
 * A platform ruling may be appealed once, by either side, within 7 days, while the dispute stands where
 * the ruling left it: not once a return has shipped, nor after a return closed it.
 */
export function mayAppeal(d: DisputeRow, now: Date): boolean {
  return !!d.appealable_until && !d.appealed_at && now < new Date(d.appealable_until);
}

/** The dispute page as `role` sees it, with what it may do now. */
export function disputeView(
  { row: d, order, items, proposals, events, files }: DisputeFacts,
  role: Side,
  now: Date,
  fileUrl: FileUrl = partyFileUrl,
): Dispute {
  const latest = latestProposals(proposals);
  const negotiating = NEGOTIATING.includes(d.status);
  const opensAt = escalationOpensAt(new Date(d.negotiation_from));
  const windowLasts = !d.protection_ends_at || now < new Date(d.protection_ends_at);
  const theirs = latest[other(role)];
  return {
    id: d.id,
    reference: d.reference,
    role,
    status: d.status,
    statusLabel: DISPUTE_STATUS_LABELS[d.status],
    reason: d.reason,
    description: d.description,
    descriptionLanguage: d.description_language,
    order: {
      id: order.id,
      storeName: order.store_name,
      orderedAt: order.ordered_at,
      shippedAt: order.shipped_at,
      deliveredAt: order.delivered_at,
      total: { amountMinor: order.total_minor, currency: order.currency },
    },
    items: items.map((i) => ({
      orderItemId: i.order_item_id,
      title: i.title,
      quantity: i.quantity,
      priceMinor: i.price_minor,
    })),
    disputed: { amountMinor: d.disputed_minor, currency: d.currency },
    proposals: proposals.map((p) => ({
      id: p.id,
      by: p.side,
      kind: p.kind,
      amountMinor: p.amount_minor ?? undefined,
      note: p.note ?? undefined,
      at: p.created_at,
      latest: latest[p.side]?.id === p.id,
    })),
    next: nextStepOf(d, proposals, true),
    outcome: d.outcome,
    refund: d.refund_minor === null ? null : { amountMinor: d.refund_minor, currency: d.currency },
    openedAt: d.opened_at,
    actions: {
      propose: negotiating && turnOf(d.status) === role,
      accept: negotiating && theirs ? theirs.id : null,
      escalate: negotiating && now >= opensAt,
      escalateFrom: negotiating ? opensAt.toISOString() : null,
      withdraw:
        role === "buyer" &&
        windowLasts &&
        ["awaiting_seller", "awaiting_buyer", "escalated", "awaiting_evidence"].includes(d.status),
      reopen: role === "buyer" && d.status === "withdrawn" && !d.reopened_at && windowLasts,
      message: d.status !== "withdrawn",
      shipReturn: role === "buyer" && d.status === "awaiting_return",
      confirmReturn: role === "seller" && d.status === "return_shipped",
      provideEvidence: d.status === "awaiting_evidence" && d.evidence_from === role,
      appeal: mayAppeal(d, now),
      appealUntil: d.appealed_at ? null : d.appealable_until,
    },
    timeline: events.map((e) => ({
      id: e.id,
      type: e.type,
      label: EVENT_LABELS[e.type],
      by: e.actor === "system" ? "system" : (e.actor as "buyer" | "seller" | "platform"),
      at: e.created_at,
      text: eventText(e, d, proposals),
      files: files
        .filter((f) => f.event_id === e.id)
        .map((f) => ({
          id: f.id,
          fileName: f.file_name,
          mimeType: f.mime_type,
          sizeBytes: f.size_bytes,
          url: fileUrl(d.id, f.id),
        })),
    })),
  };
}
