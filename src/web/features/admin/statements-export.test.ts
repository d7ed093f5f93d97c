import { describe, expect, it } from "vitest";
import { countStatements, fileNameFrom } from "./statements-export.api.ts";

describe("fileNameFrom", () => {
  const fallback = "statements.json";

  it("reads the quoted name the server gives", () => {
    expect(
      fileNameFrom('attachment; filename="statements-of-reasons-2026-12-01-2026-12-04.csv"', fallback),
    ).toBe("statements-of-reasons-2026-12-01-2026-12-04.csv");
  });

  it("prefers the UTF-8 name to its ASCII stand-in", () => {
    expect(
      fileNameFrom(
        "attachment; filename=\"Begr_ndungen.csv\"; filename*=UTF-8''Begr%C3%BCndungen.csv",
        fallback,
      ),
    ).toBe("Begründungen.csv");
  });

  it("falls back when there is no header or no name in it", () => {
    expect(fileNameFrom(null, fallback)).toBe(fallback);
    expect(fileNameFrom("attachment", fallback)).toBe(fallback);
  });
});

describe("countStatements", () => {
  it("counts the JSON array, an empty one too", () => {
    expect(countStatements('[\n{"puid":"a"},\n{"puid":"b"}\n]\n', "json")).toBe(2);
    expect(countStatements("[\n]\n", "json")).toBe(0);
  });

  it("counts CSV rows under the header, a line break inside a quoted cell not counting", () => {
    const header = "decision_visibility,puid\r\n";
    expect(countStatements(header, "csv")).toBe(0);
    expect(countStatements(`${header}"a","1"\r\n"b ""quoted""\nand broken","2"\r\n`, "csv")).toBe(2);
    expect(countStatements(`${header}"a","1"`, "csv")).toBe(1);
  });
});
