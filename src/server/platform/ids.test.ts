import { describe, expect, it } from "vitest";
import { newId, newReference } from "./ids.ts";

describe("ids", () => {
  it("makes UUIDv7 ids that sort in creation order, even within one millisecond", () => {
    const ids = Array.from({ length: 5000 }, () => newId());
    expect(
      ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
    ).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("makes readable references without ambiguous letters", () => {
    const refs = Array.from({ length: 200 }, () => newReference("R"));
    expect(refs.every((r) => /^R-[0-9A-HJKMNP-TV-Z]{8}$/.test(r))).toBe(true);
  });
});
