import { describe, expect, it } from "vitest";
import { addBusinessDays } from "./business-days.ts";

const at = (iso: string) => new Date(iso);

describe("business days", () => {
  it("counts weekdays only, across weekends", () => {
    // Thursday + 3 business days = Tuesday (Friday, Monday, Tuesday).
    expect(addBusinessDays(at("2026-11-26T10:00:00Z"), 3).toISOString()).toBe("2026-12-01T10:00:00.000Z");
    // Friday + 1 = Monday; Saturday + 1 = Monday; Sunday + 1 = Monday.
    expect(addBusinessDays(at("2026-11-27T10:00:00Z"), 1).toISOString()).toBe("2026-11-30T10:00:00.000Z");
    expect(addBusinessDays(at("2026-11-28T10:00:00Z"), 1).toISOString()).toBe("2026-11-30T10:00:00.000Z");
    expect(addBusinessDays(at("2026-11-29T10:00:00Z"), 1).toISOString()).toBe("2026-11-30T10:00:00.000Z");
  });

  it("crosses month and year ends", () => {
    expect(addBusinessDays(at("2026-01-30T08:00:00Z"), 3).toISOString()).toBe("2026-02-04T08:00:00.000Z");
    expect(addBusinessDays(at("2026-12-30T08:00:00Z"), 3).toISOString()).toBe("2027-01-04T08:00:00.000Z");
    // 27 business days from Wednesday 2026-12-02: five full weeks and two days later.
    expect(addBusinessDays(at("2026-12-02T00:00:00Z"), 27).toISOString()).toBe("2027-01-08T00:00:00.000Z");
  });

  it("leaves the start as it is for zero days", () => {
    expect(addBusinessDays(at("2026-11-28T10:00:00Z"), 0).toISOString()).toBe("2026-11-28T10:00:00.000Z");
  });
});
