import { describe, expect, it } from "vitest";
import { fastLaneAfter, isSuspended, misuseStepAfterMark, type Standing } from "./reporter-standing.ts";

const now = new Date("2026-11-26T12:00:00Z");
const fresh: Standing = { fastLane: false, fastLaneLeftAt: null, warnedAt: null, suspendedUntil: null };

describe("the good-faith fast lane", () => {
  it("takes in reporters with at least 10 decided reports, ≥ 90 % upheld and ≤ 5 % overturned", () => {
    expect(fastLaneAfter({ decided: 10, upheld: 9, overturned: 0 }, fresh, now).fastLane).toBe(true);
    expect(fastLaneAfter({ decided: 9, upheld: 9, overturned: 0 }, fresh, now).fastLane).toBe(false);
    expect(fastLaneAfter({ decided: 10, upheld: 8, overturned: 0 }, fresh, now).fastLane).toBe(false);
    expect(fastLaneAfter({ decided: 20, upheld: 20, overturned: 2 }, fresh, now).fastLane).toBe(false);
  });

  it("lets a reporter leave when it falls below, and come back only 3 months later", () => {
    const inLane = { ...fresh, fastLane: true };
    const left = fastLaneAfter({ decided: 10, upheld: 8, overturned: 0 }, inLane, now);
    expect(left).toEqual({ fastLane: false, fastLaneLeftAt: now.toISOString() });
    const soon = new Date(now.getTime() + 30 * 86_400_000);
    expect(
      fastLaneAfter({ decided: 10, upheld: 10, overturned: 0 }, { ...fresh, ...left }, soon).fastLane,
    ).toBe(false);
    const later = new Date(now.getTime() + 91 * 86_400_000);
    expect(
      fastLaneAfter({ decided: 10, upheld: 10, overturned: 0 }, { ...fresh, ...left }, later).fastLane,
    ).toBe(true);
  });
});

describe("misuse", () => {
  it("warns at 5 unfounded reports that are more than half, then suspends at the next", () => {
    expect(misuseStepAfterMark(4, 4, fresh)).toBe("none");
    expect(misuseStepAfterMark(5, 10, fresh)).toBe("none");
    expect(misuseStepAfterMark(5, 9, fresh)).toBe("warn");
    expect(misuseStepAfterMark(6, 9, { ...fresh, warnedAt: now.toISOString() })).toBe("suspend");
  });

  it("counts a suspension only while it runs", () => {
    expect(isSuspended({ suspendedUntil: "2026-12-01T00:00:00.000Z" }, now)).toBe(true);
    expect(isSuspended({ suspendedUntil: "2026-11-01T00:00:00.000Z" }, now)).toBe(false);
    expect(isSuspended(null, now)).toBe(false);
  });
});
