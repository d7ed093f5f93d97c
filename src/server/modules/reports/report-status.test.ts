import { describe, expect, it } from "vitest";
import { labelOf, OPEN_REPORT_STATUSES, statusAfter } from "./report-status.ts";

describe("report status from events", () => {
  it("maps each event to the status it leads to", () => {
    expect(statusAfter("report.submitted")).toBe("submitted");
    expect(statusAfter("report.info_requested")).toBe("needs_info");
    expect(statusAfter("report.info_provided")).toBe("in_review");
    expect(statusAfter("report.decided")).toBe("decided");
  });

  it("refuses an event it does not know instead of guessing a status", () => {
    expect(() => statusAfter("report.vanished")).toThrow(/unknown report event/);
  });

  it("labels events for the timeline and counts only undecided states as open", () => {
    expect(labelOf("report.submitted")).toBe("Report submitted");
    expect(OPEN_REPORT_STATUSES).not.toContain("decided");
  });
});
