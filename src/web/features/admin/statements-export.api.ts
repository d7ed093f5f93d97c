import { useMutation } from "@tanstack/react-query";
import { ApiError, apiErrorFrom, NETWORK_MESSAGE, withQuery } from "../../api/http.ts";

export type ExportFormat = "json" | "csv";

export interface ExportRequest {
  from: string;
  to: string;
  format: ExportFormat;
}

export interface ExportedFile {
  fileName: string;
  /** Statements in the file (an empty period still gives a file, with none); null if unreadable. */
  count: number | null;
}

/**
 * The name the server gave the file (RFC 6266): the UTF-8 `filename*` if there is one, else `filename`,
 * else a name made from the request, so that a file is never saved nameless.
 */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // A badly encoded name: the plain one below is still there.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(disposition);
  return (plain?.[1] ?? plain?.[2])?.trim() || fallback;
}

/** Rows of a CSV with its header row: line ends outside quotes, since a quoted cell may hold line breaks. */
function csvRecordCount(text: string): number {
  let quoted = false;
  let lineEnds = 0;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === "\n" && !quoted) lineEnds += 1;
  }
  // The last row may come without its line end.
  const unterminated = text.length > 0 && !text.endsWith("\n") ? 1 : 0;
  return Math.max(0, lineEnds + unterminated - 1);
}

/** How many statements an exported file holds: the JSON array's length, or the CSV's rows under its header. */
export function countStatements(text: string, format: ExportFormat): number {
  if (format === "csv") return csvRecordCount(text);
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.length : 0;
}

/** The count is only a note beside the download: a file it cannot read is still the server's file. */
async function countIn(blob: Blob, format: ExportFormat): Promise<number | null> {
  try {
    return countStatements(await blob.text(), format);
  } catch {
    return null;
  }
}

/** Hands the file to the browser as a download under `fileName`. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the next task may free it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function fetchExport(request: ExportRequest): Promise<Response> {
  try {
    return await fetch(withQuery("/api/v1/admin/statements/export", { ...request }), {
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, "network_error", NETWORK_MESSAGE, {});
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  return apiErrorFrom(response.status, body);
}

/** Fetches the period's statements with the session, saves them under the server's name and counts them. */
export async function downloadStatements(request: ExportRequest): Promise<ExportedFile> {
  const response = await fetchExport(request);
  if (!response.ok) throw await errorOf(response);
  const blob = await response.blob();
  const fallback = `statements-of-reasons-${request.from}-${request.to}.${request.format}`;
  const fileName = fileNameFrom(response.headers.get("content-disposition"), fallback);
  saveFile(blob, fileName);
  return { fileName, count: await countIn(blob, request.format) };
}

/** A mutation, not a query: each press is a fresh export (and an entry in the audit log). */
export function useStatementsExport() {
  return useMutation({ mutationFn: downloadStatements });
}
