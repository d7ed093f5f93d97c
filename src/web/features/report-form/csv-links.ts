import i18next from "i18next";
import { z } from "zod";

const httpLink = z.url({ protocol: /^https?$/ });

/** Guesses the separator from the first line: spreadsheets export commas, semicolons or tabs. */
function separatorOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [",", ";", "\t"].map((sep) => [sep, firstLine.split(sep).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** The cells of a CSV text, row after row, with "quoted" cells (that may hold separators) unquoted. */
export function csvCells(text: string): string[] {
  const sep = separatorOf(text);
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (char === sep || char === "\n" || char === "\r") {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((c) => c.trim()).filter((c) => c !== "");
}

/** Every cell that is an http(s) link, each once, in the order of the file; headers and notes are skipped. */
export function linksFromCsv(text: string): string[] {
  const links = csvCells(text.replace(/^\uFEFF/, "")).filter((cell) => httpLink.safeParse(cell).success);
  return [...new Set(links)];
}

export interface CsvImport {
  /** The links to put into the field: those already there, then the new ones. */
  lines: string[];
  added: number;
  alreadyListed: number;
}

/** Adds a file's links to those already typed; refuses (with the reason) when there would be too many. */
export function importCsvLinks(
  current: string[],
  fileText: string,
  max: number,
): { ok: true; result: CsvImport } | { ok: false; error: string } {
  const found = linksFromCsv(fileText);
  if (found.length === 0) return { ok: false, error: i18next.t("reportForm:csv.noLinks") };
  const known = new Set(current);
  const fresh = found.filter((link) => !known.has(link));
  const total = current.length + fresh.length;
  if (found.length > max || total > max)
    return {
      ok: false,
      error:
        found.length > max
          ? i18next.t("reportForm:csv.fileTooMany", { found: found.length, max })
          : i18next.t("reportForm:csv.totalTooMany", { current: current.length, total, max }),
    };
  return {
    ok: true,
    result: {
      lines: [...current, ...fresh],
      added: fresh.length,
      alreadyListed: found.length - fresh.length,
    },
  };
}
