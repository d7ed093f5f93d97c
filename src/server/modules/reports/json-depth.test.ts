import { describe, expect, it } from "vitest";
import { jsonDepth } from "./reports.intake.ts";

describe("the nesting depth of a JSON text", () => {
  it("counts objects and arrays, not brackets inside strings", () => {
    expect(jsonDepth('{"a":1}')).toBe(1);
    expect(jsonDepth('{"a":[{"b":[]}]}')).toBe(4);
    expect(jsonDepth('{"a":"{{{[[[","b":"\\"{"}')).toBe(1);
    expect(jsonDepth('"plain"')).toBe(0);
  });

  it("reads a 10,000-deep text without recursing", () => {
    expect(jsonDepth(`${'{"a":'.repeat(10_000)}{}${"}".repeat(10_000)}`)).toBe(10_001);
  });
});
