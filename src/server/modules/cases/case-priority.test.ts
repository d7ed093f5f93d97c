import { describe, expect, it } from "vitest";
import { casePriority, severityOf, slaHoursFor } from "./case-priority.ts";

describe("case priority", () => {
  it("rates weapons, narcotics and phishing as most severe", () => {
    expect(
      severityOf("listing_violation", { violation: "prohibited_goods", prohibitedCategory: "narcotics" }),
    ).toBe(3);
    expect(severityOf("phishing", {})).toBe(3);
    expect(severityOf("listing_violation", { violation: "misleading_price" })).toBe(2);
    expect(severityOf("copyright", {})).toBe(1);
  });

  it("puts severity first, then the fast lane, then the number of reporters (capped)", () => {
    const severeAlone = casePriority({ severity: 3, reporterCount: 1, fastLane: false });
    const mildCrowd = casePriority({ severity: 2, reporterCount: 500, fastLane: false });
    const mildFast = casePriority({ severity: 2, reporterCount: 1, fastLane: true });
    const mildOne = casePriority({ severity: 2, reporterCount: 1, fastLane: false });
    expect(severeAlone).toBeGreaterThan(mildCrowd);
    expect(mildFast).toBeGreaterThan(mildCrowd);
    expect(mildCrowd).toBeGreaterThan(mildOne);
  });

  it("gives fast-lane cases the shorter SLA", () => {
    expect(slaHoursFor(true, { standard: 48, priority: 24 })).toBe(24);
    expect(slaHoursFor(false, { standard: 48, priority: 24 })).toBe(48);
  });
});
