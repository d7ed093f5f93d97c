import type { FastifyRequest } from "fastify";
import { fileTypeFromFile } from "file-type";
import { MAX_EVIDENCE_FILES } from "../../../contracts/reports.ts";
import { AppError, invalidInput } from "../../platform/http/errors.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { cleanFileName, judgeEvidence } from "../attachments/evidence.policy.ts";
import type { IncomingEvidence } from "./reports.submit.ts";

export const MAX_REPORT_JSON_BYTES = 1024 * 1024;

/** Far deeper than any report form; a body nested deeper is refused before anything walks it. */
export const MAX_JSON_DEPTH = 64;

/** How deeply a JSON text nests objects and arrays, read as text (strings and escapes skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

export const tooDeep = () =>
  invalidInput(
    { report: `The report nests deeper than ${MAX_JSON_DEPTH} levels.` },
    "The report could not be read.",
  );

function parseReportJson(body: string): unknown {
  if (jsonDepth(body) > MAX_JSON_DEPTH) throw tooDeep();
  try {
    return JSON.parse(body);
  } catch {
    throw invalidInput({ report: "The report part is not valid JSON." }, "The report could not be read.");
  }
}

async function stageOne(store: EvidenceStore, part: { file: NodeJS.ReadableStream; filename: string }) {
  const staged = await store.stage(part.file as import("node:stream").Readable);
  const fileName = cleanFileName(part.filename);
  const verdict = judgeEvidence(await fileTypeFromFile(staged.tempPath), fileName);
  if (!verdict.ok) {
    await store.discard(staged);
    throw new AppError(415, "unsupported_file_type", `"${fileName}": ${verdict.reason}`, {
      evidence: verdict.reason,
    });
  }
  return { staged, fileName, mimeType: verdict.mimeType };
}

/** The parser's own errors (a cut-off body, a broken boundary) carry no code: they are the client's fault. */
function asFormError(error: unknown): unknown {
  const e = error as { code?: string; statusCode?: number };
  if (error instanceof AppError || e.code || (e.statusCode && e.statusCode < 500)) return error;
  return new AppError(400, "invalid_multipart", "The form could not be read. Please send it again.");
}

/**
 * Reads a report form: JSON bodies directly, multipart forms part by part. Files are streamed to staging
 * (never held in memory), sniffed by content and refused one by one; on any failure, all staged files of
 * the request are removed before the error travels on.
 */
export async function readReportForm(
  request: FastifyRequest,
  store: EvidenceStore,
): Promise<{ body: unknown; files: IncomingEvidence[] }> {
  if (!request.isMultipart()) return { body: request.body, files: [] };
  const files: IncomingEvidence[] = [];
  let body: unknown;
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        if (part.fieldname !== "evidence") {
          part.file.resume();
          throw invalidInput({ [part.fieldname]: "Attach files under the name evidence." });
        }
        if (files.length >= MAX_EVIDENCE_FILES) {
          part.file.resume();
          throw new AppError(400, "too_many_files", `Attach at most ${MAX_EVIDENCE_FILES} files.`, {
            evidence: `Attach at most ${MAX_EVIDENCE_FILES} files.`,
          });
        }
        files.push(await stageOne(store, part));
      } else if (part.fieldname === "report") {
        if (part.valueTruncated) throw new AppError(413, "payload_too_large", "The report is too large.");
        body = parseReportJson(String(part.value));
      }
    }
  } catch (error) {
    await Promise.all(files.map((f) => store.discard(f.staged)));
    throw asFormError(error);
  }
  if (body === undefined) {
    await Promise.all(files.map((f) => store.discard(f.staged)));
    throw invalidInput({ report: "The form has no report part." });
  }
  return { body, files };
}
