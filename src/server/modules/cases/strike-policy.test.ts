import { describe, expect, it } from "vitest";
import { applyStrikePolicy } from "./strike-policy.ts";

const serious = { type: "strike", severity: "serious" } as const;

describe("strike policy", () => {
  it("freezes the store 1 day at the 1st serious strike, 7 days at the 2nd, and closes it at the 3rd", () => {
    expect(applyStrikePolicy([serious], 0)).toEqual([serious, { type: "freeze_store", days: 1 }]);
    expect(applyStrikePolicy([serious], 1)).toEqual([serious, { type: "freeze_store", days: 7 }]);
    expect(applyStrikePolicy([serious], 2)).toEqual([serious, { type: "close_store" }]);
    expect(applyStrikePolicy([serious, { type: "freeze_store", days: 3 }], 2)).toEqual([
      serious,
      { type: "close_store" },
    ]);
  });

  it("adds nothing for general strikes or other actions", () => {
    const actions = [{ type: "strike", severity: "general" } as const, { type: "remove_listing" } as const];
    expect(applyStrikePolicy(actions, 5)).toEqual(actions);
  });

  it("keeps a longer freeze or a closure the moderator chose", () => {
    const longer = [serious, { type: "freeze_store", days: 30 } as const];
    expect(applyStrikePolicy(longer, 0)).toEqual(longer);
    const closed = [serious, { type: "close_store" } as const];
    expect(applyStrikePolicy(closed, 0)).toEqual(closed);
  });
});
