import { beforeAll, describe, expect, it } from "vitest";
import { startTextForTests } from "../i18n/testing.ts";
import { checkEvidenceFile, evidenceProblemOf, kindOfHead } from "./evidence-kind.ts";

beforeAll(() => startTextForTests());

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

describe("evidence files judged by their first bytes, in the browser", () => {
  it("knows the accepted kinds", () => {
    expect(kindOfHead(text("%PDF-1.4\n"))).toBe("PDF");
    expect(kindOfHead(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("PNG");
    expect(kindOfHead(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("JPEG");
    expect(kindOfHead(text("GIF89a"))).toBe("GIF");
    expect(kindOfHead(text("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("WEBP");
    expect(kindOfHead(text("RIFF\u0000\u0000\u0000\u0000WAVEfmt "))).toBeNull();
  });

  it("refuses a program or a text renamed to .png, naming the file", () => {
    expect(evidenceProblemOf("photo.png", text("MZ\u0090\u0000"))).toBe(
      "“photo.png” cannot be attached: its content is not a PDF, a Word document or an image (GIF, JPEG, PNG, WEBP).",
    );
    expect(evidenceProblemOf("notes.pdf", text("hello"))).toMatch(/^“notes.pdf” cannot be attached/);
  });

  it("takes a ZIP only as a .docx and an OLE file only as a .doc", () => {
    const zip = bytes(0x50, 0x4b, 0x03, 0x04);
    expect(evidenceProblemOf("letter.docx", zip)).toBeNull();
    expect(evidenceProblemOf("photos.zip", zip)).toMatch(/archive \(ZIP\)/);
    const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
    expect(evidenceProblemOf("old.doc", ole)).toBeNull();
    expect(evidenceProblemOf("sheet.xls", ole)).toMatch(/not a Word document/);
  });

  it("says it in German in a German interface", async () => {
    await startTextForTests("de");
    expect(evidenceProblemOf("photo.png", text("MZ"))).toMatch(/^„photo.png“ kann nicht angehängt werden/);
    await startTextForTests("en");
  });

  it("reads a File's head", async () => {
    expect(await checkEvidenceFile(new File([text("%PDF-1.7 …")], "a.pdf"))).toBeNull();
    expect(await checkEvidenceFile(new File([text("<html>")], "a.jpg"))).toMatch(/cannot be attached/);
  });
});
