import { describe, expect, it } from "vitest";
import { dryDb } from "../../../../test/dry-db.ts";
import { staffEventOf, standingOf } from "./admin.events.ts";
import { createAdminRepository } from "./admin.repository.ts";

const at = "2026-12-02T10:00:00.000Z";
const member = standingOf("member", []);

describe("staff events", () => {
  it("names the change: appointed from member, dismissed to member, changed otherwise, none when equal", () => {
    const mod = standingOf("moderator", ["fraud_security", "listing_compliance"]);
    expect(staffEventOf(member, mod)).toBe("staff.appointed");
    expect(staffEventOf(mod, standingOf("admin", []))).toBe("staff.changed");
    expect(staffEventOf(mod, member)).toBe("staff.dismissed");
    expect(staffEventOf(mod, standingOf("moderator", ["listing_compliance", "fraud_security"]))).toBeNull();
  });

  it("refuses malformed data before anything is written", async () => {
    const { db, sent } = dryDb();
    const admin = createAdminRepository();
    for (const data of [
      { from: member, to: { role: "overlord", departments: [] } },
      { from: member, to: { role: "moderator", departments: ["the_moon"] } },
      { from: member },
      { from: member, to: member, note: "extra" },
    ]) {
      await expect(
        admin.appendStaffEvent(db, {
          userId: "u1",
          type: "staff.changed",
          actorUserId: "a1",
          at,
          data: data as never,
        }),
        JSON.stringify(data),
      ).rejects.toThrow();
    }
    expect(sent).toEqual([]);
  });
});
