import { describe, expect, it } from "vitest";
import { dryDb } from "../../../../test/dry-db.ts";
import { rightEvents } from "./rights.events.ts";
import { statusAfter } from "./rights.policy.ts";
import { createRightsRepository } from "./rights.repository.ts";

const at = "2026-12-02T10:00:00.000Z";

describe("right events: typed payloads", () => {
  it("gives every event type the status it leads to", () => {
    for (const type of rightEvents.types) expect(() => statusAfter(type), type).not.toThrow();
  });

  it("stores a rejection's reason as given, and none when no reason was given", () => {
    expect(rightEvents.dataText("right.rejected", { reason: "Expired" })).toBe('{"reason":"Expired"}');
    expect(rightEvents.dataText("right.rejected", {})).toBe("{}");
  });

  it("refuses data of another shape before anything is written", async () => {
    const { db, sent } = dryDb();
    const rights = createRightsRepository();
    for (const [type, data] of [
      ["right.rejected", { reason: 42 }],
      ["right.rejected", { reason: "" }],
      ["right.approved", { reason: "approvals carry no reason" }],
    ] as const) {
      await expect(
        rights.insertEvent(db, { rightId: "r1", actorUserId: "u1", at, type, data: data as never }),
        type,
      ).rejects.toThrow();
    }
    expect(sent).toEqual([]);
  });
});
