import { describe, expect, it } from "vitest";
import { counterNoticeRefusal } from "./counter-notice.policy.ts";

const decided = new Date("2026-11-26T10:00:00Z"); // a Thursday

describe("counter-notice deadlines", () => {
  it("takes the first within 3 business days of the decision (weekends skipped)", () => {
    expect(counterNoticeRefusal(decided, new Date("2026-12-01T09:59:00Z"), [])).toBeNull();
    expect(counterNoticeRefusal(decided, new Date("2026-12-01T10:01:00Z"), [])).toBe("too_late");
  });

  it("takes the 2nd and 3rd within 27 business days, never more than 3, never while one is open", () => {
    const kept = [{ status: "decided" }];
    expect(counterNoticeRefusal(decided, new Date("2027-01-04T09:00:00Z"), kept)).toBeNull();
    expect(counterNoticeRefusal(decided, new Date("2027-01-04T11:00:00Z"), kept)).toBe("too_late");
    expect(
      counterNoticeRefusal(decided, new Date("2026-11-27T10:00:00Z"), [{ status: "awaiting_reply" }]),
    ).toBe("pending");
    expect(
      counterNoticeRefusal(decided, new Date("2026-11-27T10:00:00Z"), [kept[0]!, kept[0]!, kept[0]!]),
    ).toBe("too_many");
  });
});
