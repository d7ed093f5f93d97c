import { describe, expect, it } from "vitest";
import { CASE_EVENT_TYPES, type CaseEventType } from "./case-status.ts";
import { CASE_EVENTS, parseCaseEventData } from "./cases.events.ts";

const file = { id: "a1", fileName: "invoice.pdf", mimeType: "application/pdf", sizeBytes: 10, url: "/f/a1" };

/** Event data as the code has always stored it, one of each type. */
const STORED: Record<CaseEventType, unknown> = {
  "case.opened": { department: "listing_compliance", target: { kind: "listing", id: "l1" } },
  "report.attached": { reportId: "r1", reference: "R-1" },
  "case.claimed": { claimedBy: "u1", until: "2026-12-01T10:30:00.000Z" },
  "case.assigned": { claimedBy: "u2", until: "2026-12-01T10:30:00.000Z" },
  "case.released": {},
  "case.info_requested": { message: "Which page?", dueAt: "2026-12-08T10:00:00.000Z" },
  "case.info_provided": { reportId: "r1", message: "This one." },
  "case.rerouted": { from: "listing_compliance", to: "fraud_security" },
  "case.merged": { into: "c2" },
  "case.merged_in": { from: "c1" },
  "case.decided": {
    outcome: "action_taken",
    actions: [
      { type: "restrict_listing", territories: ["DE"], days: 30 },
      { type: "freeze_store", days: 1 },
    ],
    statementPuid: "sor-1",
  },
  "case.reopened": { appealId: "a1" },
  "seller.answered": { answerId: "s1", statement: "Genuine goods.", attachments: [file] },
  "seller.removed_listing": {},
  "appeal.filed": { appealId: "a1", by: "seller", attachments: [] },
  "appeal.decided": { appealId: "a1", outcome: "reversed", reason: "The photos show otherwise." },
  "counter_notice.filed": { id: "n1", attempt: 1 },
  "counter_notice.replied": { id: "n1" },
  "counter_notice.reply_time_over": { id: "n1" },
  "counter_notice.decided": { id: "n1", outcome: "reinstate" },
};

describe("case event data", () => {
  it("stores each event's data exactly as before: same keys, same order", () => {
    for (const type of CASE_EVENT_TYPES) {
      const parsed = CASE_EVENTS[type].parse(STORED[type]);
      expect(JSON.stringify(parsed), type).toBe(JSON.stringify(STORED[type]));
    }
  });

  it("refuses data that does not fit its event", () => {
    expect(() => CASE_EVENTS["case.claimed"].parse({ claimedBy: "u1" })).toThrow();
    expect(() =>
      CASE_EVENTS["case.decided"].parse({ outcome: "maybe", actions: [], statementPuid: null }),
    ).toThrow();
    expect(() => parseCaseEventData("counter_notice.filed", { id: "n1", attempt: "first" })).toThrow();
  });

  it("reads events of a type it does not know as they are", () => {
    expect(parseCaseEventData("case.overdue", { hours: 3 })).toEqual({ hours: 3 });
  });
});
