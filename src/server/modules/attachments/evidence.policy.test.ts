import { describe, expect, it } from "vitest";
import { cleanFileName, judgeEvidence } from "./evidence.policy.ts";

describe("evidence policy", () => {
  it("accepts PDFs, Word files and the four image formats by their detected content", () => {
    expect(judgeEvidence({ ext: "pdf", mime: "application/pdf" }, "x.exe")).toEqual({
      ok: true,
      mimeType: "application/pdf",
    });
    expect(judgeEvidence({ ext: "webp", mime: "image/webp" }, "a.webp").ok).toBe(true);
    expect(judgeEvidence({ ext: "cfb", mime: "application/x-cfb" }, "letter.DOC")).toEqual({
      ok: true,
      mimeType: "application/msword",
    });
  });

  it("refuses executables, SVG, HTML and unknown content whatever the name says", () => {
    expect(judgeEvidence({ ext: "exe", mime: "application/x-msdownload" }, "invoice.pdf").ok).toBe(false);
    expect(judgeEvidence({ ext: "cfb", mime: "application/x-cfb" }, "sheet.xls").ok).toBe(false);
    expect(judgeEvidence(undefined, "page.html").ok).toBe(false);
  });

  it("keeps only the base name and harmless characters", () => {
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName('a"b<c>.pdf')).toBe("a_b_c_.pdf");
    expect(cleanFileName(undefined)).toBe("evidence");
  });
});
