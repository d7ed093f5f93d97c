import { describe, expect, it } from "vitest";
import type { EnforcementAction } from "../../../contracts/decisions.ts";
import {
  episodeStart,
  INDEFINITE,
  listingStateFrom,
  payoutsFrozenUntilFrom,
  storeStateFrom,
} from "./enforcement-precedence.ts";

const measure = (type: string, ends_at: string | null = null, params: Record<string, unknown> = {}) => ({
  type,
  ends_at,
  params: { type, ...params } as EnforcementAction,
});
const active = { status: "active", restricted_territories: null };
const open = { status: "active", frozen_until: null };

describe("enforcement precedence", () => {
  it("keeps the strongest listing measure whatever the order", () => {
    const demote = measure("demote_listing", "2026-12-10T00:00:00.000Z");
    const remove = measure("remove_listing");
    expect(listingStateFrom(active, [remove, demote]).status).toBe("removed");
    expect(listingStateFrom(active, [demote, remove]).status).toBe("removed");
    expect(listingStateFrom({ status: "removed", restricted_territories: null }, [demote]).status).toBe(
      "removed",
    );
    expect(listingStateFrom(active, [demote])).toEqual({ status: "demoted", restricted_territories: null });
    expect(listingStateFrom(active, [])).toEqual(active);
  });

  it("adds up the countries of restrictions in force", () => {
    const de = measure("restrict_listing", null, { territories: ["DE"] });
    const fr = measure("restrict_listing", null, { territories: ["FR", "DE"] });
    expect(listingStateFrom(active, [de, fr, measure("demote_listing")])).toEqual({
      status: "restricted",
      restricted_territories: ["DE", "FR"],
    });
  });

  it("keeps a closed store closed beside a freeze, and a freeze runs to the latest end", () => {
    const day1 = measure("freeze_store", "2026-11-27T09:00:00.000Z");
    const day7 = measure("freeze_store", "2026-12-03T09:00:00.000Z");
    expect(storeStateFrom(open, [measure("close_store"), day1])).toEqual({
      status: "closed",
      frozen_until: null,
    });
    expect(storeStateFrom({ status: "closed", frozen_until: null }, [day7]).status).toBe("closed");
    expect(storeStateFrom(open, [day7, day1])).toEqual({ status: "frozen", frozen_until: day7.ends_at });
    expect(storeStateFrom(open, [])).toEqual(open);
  });

  it("freezes payouts until the latest freeze in force ends, an open-ended one indefinitely", () => {
    expect(payoutsFrozenUntilFrom(null, [])).toBeNull();
    expect(payoutsFrozenUntilFrom(null, [measure("freeze_payouts", "2026-12-01T00:00:00.000Z")])).toBe(
      "2026-12-01T00:00:00.000Z",
    );
    expect(
      payoutsFrozenUntilFrom(null, [
        measure("freeze_payouts", "2026-12-01T00:00:00.000Z"),
        measure("freeze_payouts"),
      ]),
    ).toBe(INDEFINITE);
  });

  it("finds where the latest run of overlapping measures began", () => {
    const a = { id: "a", starts_at: "2026-01-01", lifted_at: "2026-01-05" };
    const b = { id: "b", starts_at: "2026-02-01", lifted_at: null };
    const c = { id: "c", starts_at: "2026-02-03", lifted_at: "2026-02-04" };
    const d = { id: "d", starts_at: "2026-02-01", lifted_at: "2026-02-02" };
    expect(episodeStart([a])?.id).toBe("a");
    expect(episodeStart([a, b, c])?.id).toBe("b");
    // Measures of one decision start together and belong to one run.
    expect(episodeStart([a, d, b])?.id).toBe("d");
    expect(episodeStart([])).toBeUndefined();
  });
});
