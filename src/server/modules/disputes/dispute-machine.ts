import {
  ANSWER_DAYS,
  APPEAL_DAYS,
  AUTO_ESCALATE_DAYS,
  type DisputeOutcome,
  type DisputeStatus,
  ESCALATE_AFTER_DAYS,
  RETURN_REFUND_BUSINESS_DAYS,
  RETURN_SHIP_DAYS,
  RULING_DAYS,
  type Side,
} from "../../../contracts/disputes.ts";
import { addBusinessDays } from "../../platform/business-days.ts";

/**
 * The dispute's rules as a pure table: which event may happen in which status, by whom, where it leads,
 * and, for each status, who must act next, by when, and what the timer does if nobody does. The service
 * writes a status change with a conditional update on the status it read, so of two racing requests (the
 * seller accepts while the timer fires) one wins and the other is told the new state.
 */

export type Actor = Side | "platform" | "timer";

/** Statuses in which the two sides negotiate. */
export const NEGOTIATING: DisputeStatus[] = ["awaiting_seller", "awaiting_buyer"];
/** Statuses a buyer may withdraw from: nothing has been ruled or agreed yet. */
const WITHDRAWABLE: DisputeStatus[] = [...NEGOTIATING, "escalated", "awaiting_evidence"];
/** Statuses in which messages and evidence are still added. */
const LIVE: DisputeStatus[] = [...WITHDRAWABLE, "awaiting_return", "return_shipped", "appealed", "resolved"];

/**
 * "turn": the other side's turn (only the side whose turn it is may propose); "outcome": where the
 * agreed or ruled outcome leads (a return first, else resolved); "stays": recorded, no move.
 */
type Target = DisputeStatus | "turn" | "outcome" | "stays";

interface Rule {
  from: DisputeStatus[];
  by: Actor[];
  to: Target;
}

const RULES = {
  "dispute.opened": { from: [], by: ["buyer"], to: "awaiting_seller" },
  "proposal.made": { from: NEGOTIATING, by: ["buyer", "seller"], to: "turn" },
  "proposal.accepted": { from: NEGOTIATING, by: ["buyer", "seller"], to: "outcome" },
  "proposal.carried_out": { from: NEGOTIATING, by: ["timer"], to: "outcome" },
  "dispute.escalated": { from: NEGOTIATING, by: ["buyer", "seller", "timer"], to: "escalated" },
  "evidence.requested": { from: ["escalated"], by: ["platform"], to: "awaiting_evidence" },
  "evidence.provided": { from: ["awaiting_evidence"], by: ["buyer", "seller"], to: "escalated" },
  "evidence.request_ended": { from: ["awaiting_evidence"], by: ["timer"], to: "escalated" },
  "dispute.ruled": { from: ["escalated", "awaiting_evidence", "appealed"], by: ["platform"], to: "outcome" },
  "return.shipped": { from: ["awaiting_return"], by: ["buyer"], to: "return_shipped" },
  "return.received": { from: ["return_shipped"], by: ["seller"], to: "resolved" },
  "return.refunded_by_timer": { from: ["return_shipped"], by: ["timer"], to: "resolved" },
  "return.not_shipped": { from: ["awaiting_return"], by: ["timer"], to: "resolved" },
  "dispute.withdrawn": { from: WITHDRAWABLE, by: ["buyer"], to: "withdrawn" },
  "dispute.reopened": { from: ["withdrawn"], by: ["buyer"], to: "awaiting_seller" },
  "dispute.appealed": { from: ["resolved", "awaiting_return"], by: ["buyer", "seller"], to: "appealed" },
  "message.posted": { from: LIVE, by: ["buyer", "seller", "platform"], to: "stays" },
  "evidence.added": { from: LIVE, by: ["buyer", "seller"], to: "stays" },
  "reminder.sent": { from: LIVE, by: ["timer"], to: "stays" },
} satisfies Record<string, Rule>;

export type DisputeEventType = keyof typeof RULES;
export const DISPUTE_EVENT_TYPES = Object.keys(RULES) as DisputeEventType[];

/** The side whose turn it is in a negotiating status. */
export function turnOf(status: DisputeStatus): Side | null {
  return status === "awaiting_seller" ? "seller" : status === "awaiting_buyer" ? "buyer" : null;
}

export interface Refusal {
  refused: string;
}

/** The statuses in which `event` may happen: the condition of the update that records it. */
export function statusesBefore(event: DisputeEventType): DisputeStatus[] {
  const rule: Rule = RULES[event];
  return rule.from;
}

/**
 * Where `event` by `by` leads from `current` (null: not yet opened). `outcome` is what was agreed or
 * ruled, for the events that end the negotiation or the platform's review.
 */
export function statusAfter(
  current: DisputeStatus | null,
  event: DisputeEventType,
  by: Actor,
  outcome?: DisputeOutcome,
): DisputeStatus | Refusal {
  const rule: Rule = RULES[event];
  if (!rule.by.includes(by)) return { refused: `The ${by} cannot do this in a dispute.` };
  const allowedHere = current === null ? rule.from.length === 0 : rule.from.includes(current);
  if (!allowedHere) {
    return {
      refused:
        current === null
          ? "This dispute does not exist yet."
          : `Not possible while the dispute is ${current}.`,
    };
  }
  switch (rule.to) {
    case "stays":
      return current ?? { refused: "This dispute does not exist yet." };
    case "turn":
      if (current === null || turnOf(current) !== by)
        return { refused: `It is the ${current && turnOf(current)}'s turn to answer.` };
      return by === "seller" ? "awaiting_buyer" : "awaiting_seller";
    case "outcome":
      if (!outcome) throw new Error(`${event} needs an outcome`);
      return outcome === "return_and_refund" ? "awaiting_return" : "resolved";
    default:
      return rule.to;
  }
}

/** What the timer of a status does when it fires. */
export type TimerAction =
  | "carry_out_buyer_proposal"
  | "carry_out_seller_proposal"
  | "escalate"
  | "end_evidence_request"
  | "return_not_shipped"
  | "refund_return";

/** The event each timer action records. */
export const TIMER_EVENTS: Record<TimerAction, DisputeEventType> = {
  carry_out_buyer_proposal: "proposal.carried_out",
  carry_out_seller_proposal: "proposal.carried_out",
  escalate: "dispute.escalated",
  end_evidence_request: "evidence.request_ended",
  return_not_shipped: "return.not_shipped",
  refund_return: "return.refunded_by_timer",
};

/** The times a dispute's clocks are measured from. */
export interface DisputeTimes {
  /** When the negotiation began (the opening, or the reopening). */
  negotiationFrom: Date;
  /** When the current status began (the last proposal, the escalation, the ruling…). */
  statusFrom: Date;
  /** The deadline the platform set for the evidence it asked for. */
  evidenceDueAt?: Date | null;
  /** Who the platform asked for evidence. */
  evidenceFrom?: Side | null;
}

export interface Deadline {
  who: Side | "platform";
  at: Date;
  /** null: nothing happens by itself (the platform's own deadline; the case shows as overdue). */
  action: TimerAction | null;
}

const days = (from: Date, n: number) => new Date(from.getTime() + n * 86_400_000);

/** Who must act next in `status`, by when, and what the timer does then; null when nobody must. */
export function deadlineOf(status: DisputeStatus, t: DisputeTimes): Deadline | null {
  switch (status) {
    case "awaiting_seller":
    case "awaiting_buyer": {
      const answerBy = days(t.statusFrom, ANSWER_DAYS);
      const escalateAt = days(t.negotiationFrom, AUTO_ESCALATE_DAYS);
      const who = turnOf(status)!;
      if (escalateAt <= answerBy) return { who, at: escalateAt, action: "escalate" };
      const action = who === "seller" ? "carry_out_buyer_proposal" : "carry_out_seller_proposal";
      return { who, at: answerBy, action };
    }
    case "escalated":
    case "appealed":
      return { who: "platform", at: days(t.statusFrom, RULING_DAYS), action: null };
    case "awaiting_evidence":
      return {
        who: t.evidenceFrom ?? "buyer",
        at: t.evidenceDueAt ?? t.statusFrom,
        action: "end_evidence_request",
      };
    case "awaiting_return":
      return { who: "buyer", at: days(t.statusFrom, RETURN_SHIP_DAYS), action: "return_not_shipped" };
    case "return_shipped":
      // Without a carrier feed the return counts as delivered after the shipping time buyers are given.
      return {
        who: "seller",
        at: addBusinessDays(days(t.statusFrom, RETURN_SHIP_DAYS), RETURN_REFUND_BUSINESS_DAYS),
        action: "refund_return",
      };
    case "withdrawn":
    case "resolved":
      return null;
  }
}

/** When a side may first escalate a negotiation by itself. */
export function escalationOpensAt(negotiationFrom: Date): Date {
  return days(negotiationFrom, ESCALATE_AFTER_DAYS);
}

/** Until when a ruling may be appealed. */
export function appealClosesAt(ruledAt: Date): Date {
  return days(ruledAt, APPEAL_DAYS);
}
