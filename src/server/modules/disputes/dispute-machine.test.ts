import { describe, expect, it } from "vitest";
import { DISPUTE_STATUSES, type DisputeStatus } from "../../../contracts/disputes.ts";
import {
  type Actor,
  DISPUTE_EVENT_TYPES,
  type DisputeEventType,
  deadlineOf,
  escalationOpensAt,
  statusAfter,
} from "./dispute-machine.ts";

const ACTORS: Actor[] = ["buyer", "seller", "platform", "timer"];
const LIVE = DISPUTE_STATUSES.filter((s) => s !== "withdrawn");

/**
 * Every move the rules allow, written out by hand: "status event actor → status". Any (status, event,
 * actor) not listed must be refused. Outcome-led events are listed with the outcome in brackets.
 */
const ALLOWED = `
  - dispute.opened buyer → awaiting_seller
  awaiting_seller proposal.made seller → awaiting_buyer
  awaiting_buyer proposal.made buyer → awaiting_seller
  awaiting_seller proposal.accepted buyer [refund] → resolved
  awaiting_seller proposal.accepted seller [refund] → resolved
  awaiting_buyer proposal.accepted buyer [return_and_refund] → awaiting_return
  awaiting_buyer proposal.accepted seller [partial_refund] → resolved
  awaiting_seller proposal.carried_out timer [return_and_refund] → awaiting_return
  awaiting_buyer proposal.carried_out timer [partial_refund] → resolved
  awaiting_seller dispute.escalated buyer → escalated
  awaiting_seller dispute.escalated seller → escalated
  awaiting_seller dispute.escalated timer → escalated
  awaiting_buyer dispute.escalated buyer → escalated
  awaiting_buyer dispute.escalated seller → escalated
  awaiting_buyer dispute.escalated timer → escalated
  escalated evidence.requested platform → awaiting_evidence
  awaiting_evidence evidence.provided buyer → escalated
  awaiting_evidence evidence.provided seller → escalated
  awaiting_evidence evidence.request_ended timer → escalated
  escalated dispute.ruled platform [rejected] → resolved
  awaiting_evidence dispute.ruled platform [refund] → resolved
  appealed dispute.ruled platform [return_and_refund] → awaiting_return
  awaiting_return return.shipped buyer → return_shipped
  return_shipped return.received seller → resolved
  return_shipped return.refunded_by_timer timer → resolved
  awaiting_return return.not_shipped timer → resolved
  awaiting_seller dispute.withdrawn buyer → withdrawn
  awaiting_buyer dispute.withdrawn buyer → withdrawn
  escalated dispute.withdrawn buyer → withdrawn
  awaiting_evidence dispute.withdrawn buyer → withdrawn
  withdrawn dispute.reopened buyer → awaiting_seller
  resolved dispute.appealed buyer → appealed
  resolved dispute.appealed seller → appealed
  awaiting_return dispute.appealed buyer → appealed
  awaiting_return dispute.appealed seller → appealed
  ${LIVE.flatMap((s) => ["buyer", "seller", "platform"].map((a) => `${s} message.posted ${a} → ${s}`)).join("\n")}
  ${LIVE.flatMap((s) => ["buyer", "seller"].map((a) => `${s} evidence.added ${a} → ${s}`)).join("\n")}
  ${LIVE.map((s) => `${s} reminder.sent timer → ${s}`).join("\n")}
`
  .trim()
  .split("\n")
  .map((line) => {
    const [from, event, actor, ...rest] = line.trim().split(/\s+/);
    const outcome = rest[0]?.startsWith("[") ? rest[0].slice(1, -1) : undefined;
    return { from: from === "-" ? null : from, event, actor, outcome, to: rest.at(-1) };
  });

describe("the dispute state machine", () => {
  const statuses: (DisputeStatus | null)[] = [null, ...DISPUTE_STATUSES];
  for (const event of DISPUTE_EVENT_TYPES) {
    it(`${event}: allowed exactly where the rules say, refused everywhere else`, () => {
      for (const from of statuses) {
        for (const actor of ACTORS) {
          const allowed = ALLOWED.filter((a) => a.from === from && a.event === event && a.actor === actor);
          const outcome = (allowed[0]?.outcome ?? "refund") as "refund";
          const result = statusAfter(from, event as DisputeEventType, actor, outcome);
          if (allowed.length > 0) expect(result, `${from} ${event} ${actor}`).toBe(allowed[0]!.to);
          else expect(result, `${from} ${event} ${actor}`).toHaveProperty("refused");
        }
      }
    });
  }

  it("names whose turn it is when the other side tries to propose", () => {
    expect(statusAfter("awaiting_seller", "proposal.made", "buyer")).toEqual({
      refused: "It is the seller's turn to answer.",
    });
  });
});

describe("the dispute's clocks", () => {
  const opened = new Date("2026-12-01T10:00:00Z");
  const at = (iso: string) => new Date(iso);

  it("gives the seller 5 days, after which the buyer's proposal is carried out", () => {
    expect(deadlineOf("awaiting_seller", { negotiationFrom: opened, statusFrom: opened })).toEqual({
      who: "seller",
      at: at("2026-12-06T10:00:00Z"),
      action: "carry_out_buyer_proposal",
    });
  });

  it("restarts the other side's clock with each proposal", () => {
    const proposed = at("2026-12-04T09:00:00Z");
    expect(deadlineOf("awaiting_buyer", { negotiationFrom: opened, statusFrom: proposed })).toEqual({
      who: "buyer",
      at: at("2026-12-09T09:00:00Z"),
      action: "carry_out_seller_proposal",
    });
  });

  it("escalates by itself 15 days into the negotiation when that comes before the answer is due", () => {
    const late = at("2026-12-13T10:00:00Z");
    expect(deadlineOf("awaiting_seller", { negotiationFrom: opened, statusFrom: late })).toEqual({
      who: "seller",
      at: at("2026-12-16T10:00:00Z"),
      action: "escalate",
    });
  });

  it("lets a side escalate after 3 days", () => {
    expect(escalationOpensAt(opened)).toEqual(at("2026-12-04T10:00:00Z"));
  });

  it("gives the platform 7 days, with nothing carried out by itself", () => {
    expect(deadlineOf("escalated", { negotiationFrom: opened, statusFrom: opened })).toEqual({
      who: "platform",
      at: at("2026-12-08T10:00:00Z"),
      action: null,
    });
  });

  it("ends an evidence request at the deadline the platform set, for the side it asked", () => {
    const due = at("2026-12-05T12:00:00Z");
    expect(
      deadlineOf("awaiting_evidence", {
        negotiationFrom: opened,
        statusFrom: opened,
        evidenceDueAt: due,
        evidenceFrom: "seller",
      }),
    ).toEqual({ who: "seller", at: due, action: "end_evidence_request" });
  });

  it("gives the buyer 10 days to ship a return, and the seller 2 business days after its delivery", () => {
    expect(deadlineOf("awaiting_return", { negotiationFrom: opened, statusFrom: opened })).toEqual({
      who: "buyer",
      at: at("2026-12-11T10:00:00Z"),
      action: "return_not_shipped",
    });
    // Shipped Tuesday 1 Dec: counted delivered Friday 11 Dec, refunded by Tuesday 15 Dec.
    expect(deadlineOf("return_shipped", { negotiationFrom: opened, statusFrom: opened })).toEqual({
      who: "seller",
      at: at("2026-12-15T10:00:00Z"),
      action: "refund_return",
    });
  });

  it("has no clock once withdrawn or resolved", () => {
    expect(deadlineOf("withdrawn", { negotiationFrom: opened, statusFrom: opened })).toBeNull();
    expect(deadlineOf("resolved", { negotiationFrom: opened, statusFrom: opened })).toBeNull();
  });
});
