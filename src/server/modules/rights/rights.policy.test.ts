import { describe, expect, it } from "vitest";
import { addDays, isUsable, judgeRightFile, statusAfter, validityOn } from "./rights.policy.ts";

describe("rights policy", () => {
  it("says where a right stands on a day; valid through its last day, expiring within 30 days", () => {
    expect(validityOn("2020-01-01", null, "2026-11-26")).toBe("valid");
    expect(validityOn("2027-01-01", "2037-01-01", "2026-11-26")).toBe("not_yet_valid");
    expect(validityOn("2020-01-01", "2026-12-27", "2026-11-26")).toBe("valid");
    expect(validityOn("2020-01-01", "2026-12-26", "2026-11-26")).toBe("expiring_soon");
    expect(validityOn("2020-01-01", "2026-11-26", "2026-11-26")).toBe("expiring_soon");
    expect(validityOn("2020-01-01", "2026-11-25", "2026-11-26")).toBe("expired");
  });

  it("lets only approved rights in force be used", () => {
    expect(isUsable("approved", "valid")).toBe(true);
    expect(isUsable("approved", "expiring_soon")).toBe(true);
    expect(isUsable("approved", "expired")).toBe(false);
    expect(isUsable("approved", "not_yet_valid")).toBe(false);
    expect(isUsable("pending", "valid")).toBe(false);
    expect(isUsable("rejected", "valid")).toBe(false);
  });

  it("accepts PDF, JPEG, PNG and WEBP by content, nothing else", () => {
    expect(judgeRightFile({ ext: "pdf", mime: "application/pdf" })).toEqual({
      ok: true,
      mimeType: "application/pdf",
    });
    expect(judgeRightFile({ ext: "webp", mime: "image/webp" })).toEqual({ ok: true, mimeType: "image/webp" });
    for (const ext of ["gif", "docx", "cfb", "exe", "svg"])
      expect(judgeRightFile({ ext, mime: "x" }).ok).toBe(false);
    expect(judgeRightFile(undefined).ok).toBe(false);
  });

  it("derives the status from the event, and counts days across months and leap years", () => {
    expect(statusAfter("right.submitted")).toBe("pending");
    expect(statusAfter("right.approved")).toBe("approved");
    expect(statusAfter("right.rejected")).toBe("rejected");
    expect(() => statusAfter("right.renamed")).toThrow();
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-11-26", 30)).toBe("2026-12-26");
  });
});
