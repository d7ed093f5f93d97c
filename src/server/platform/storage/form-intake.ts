import type { Readable } from "node:stream";
import type { FastifyRequest } from "fastify";
import { fileTypeFromFile } from "file-type";
import { AppError, invalidInput } from "../http/errors.ts";
import type { EvidenceStore, StagedFile } from "./evidence-store.ts";

export interface DetectedType {
  ext: string;
  mime: string;
}

export type FileVerdict = { ok: true; mimeType: string } | { ok: false; reason: string };

/** One uploaded file, staged (not yet stored), with the form field it came under. */
export interface StagedUpload {
  field: string;
  staged: StagedFile;
  fileName: string;
  mimeType: string;
}

export interface FileFieldRule {
  maxFiles: number;
  /** Decides from the sniffed content (never the name or the claimed type) whether the file may be kept. */
  judge: (detected: DetectedType | undefined, fileName: string) => FileVerdict;
}

/** What a multipart form holds: one JSON part, and files under named fields. */
export interface FormShape {
  jsonPart: string;
  files: Record<string, FileFieldRule>;
  cleanFileName: (name: string | undefined) => string;
  /**
   * Files larger than the app-wide limit (a video): the parser stops at `maxBytes`, and each kind of
   * file is held to its own limit once its content is known.
   */
  sizes?: { maxBytes: number; maxBytesOf: (mimeType: string) => number; tooLarge: string };
}

const tooLarge = (shape: FormShape, field: string) =>
  new AppError(413, "file_too_large", shape.sizes!.tooLarge, { [field]: shape.sizes!.tooLarge });

export const discardUploads = (store: EvidenceStore, files: StagedUpload[]) =>
  Promise.all(files.map((f) => store.discard(f.staged))).then(() => undefined);

function parseJsonPart(name: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw invalidInput({ [name]: `The ${name} part is not valid JSON.` }, "The form could not be read.");
  }
}

async function stageOne(
  store: EvidenceStore,
  shape: FormShape,
  field: string,
  part: { file: NodeJS.ReadableStream; filename: string },
): Promise<StagedUpload> {
  const staged = await store.stage(part.file as Readable);
  const fileName = shape.cleanFileName(part.filename);
  const verdict = shape.files[field]!.judge(await fileTypeFromFile(staged.tempPath), fileName);
  if (!verdict.ok) {
    await store.discard(staged);
    throw new AppError(415, "unsupported_file_type", `"${fileName}": ${verdict.reason}`, {
      [field]: verdict.reason,
    });
  }
  if (shape.sizes && staged.sizeBytes > shape.sizes.maxBytesOf(verdict.mimeType)) {
    await store.discard(staged);
    throw tooLarge(shape, field);
  }
  return { field, staged, fileName, mimeType: verdict.mimeType };
}

/** The parser's own errors (a cut-off body, a broken boundary) carry no code: they are the client's fault. */
function asFormError(error: unknown): unknown {
  const e = error as { code?: string; statusCode?: number };
  if (error instanceof AppError || e.code || (e.statusCode && e.statusCode < 500)) return error;
  return new AppError(400, "invalid_multipart", "The form could not be read. Please send it again.");
}

/**
 * Reads a form that carries files: JSON bodies directly, multipart forms part by part. Files are streamed
 * to staging (never held in memory), sniffed by content and refused one by one; on any failure every file
 * staged for the request is removed before the error travels on. The caller stores or discards the rest.
 */
export async function readFormWithFiles(
  request: FastifyRequest,
  store: EvidenceStore,
  shape: FormShape,
): Promise<{ body: unknown; files: StagedUpload[] }> {
  if (!request.isMultipart()) return { body: request.body, files: [] };
  const files: StagedUpload[] = [];
  let body: unknown;
  let field = "";
  try {
    const limits = shape.sizes ? { limits: { fileSize: shape.sizes.maxBytes } } : undefined;
    for await (const part of request.parts(limits)) {
      field = part.fieldname;
      if (part.type === "file") {
        const rule = shape.files[part.fieldname];
        if (!rule) {
          part.file.resume();
          const names = Object.keys(shape.files).join(" or ");
          throw invalidInput({ [part.fieldname]: `Attach files under the name ${names}.` });
        }
        if (files.filter((f) => f.field === part.fieldname).length >= rule.maxFiles) {
          part.file.resume();
          const message = `Attach at most ${rule.maxFiles} ${rule.maxFiles === 1 ? "file" : "files"} here.`;
          throw new AppError(400, "too_many_files", message, { [part.fieldname]: message });
        }
        files.push(await stageOne(store, shape, part.fieldname, part));
      } else if (part.fieldname === shape.jsonPart) {
        if (part.valueTruncated) throw new AppError(413, "payload_too_large", "The form is too large.");
        body = parseJsonPart(shape.jsonPart, String(part.value));
      }
    }
  } catch (error) {
    await discardUploads(store, files);
    if (shape.sizes && (error as { code?: string }).code === "FST_REQ_FILE_TOO_LARGE")
      throw tooLarge(shape, field);
    throw asFormError(error);
  }
  if (body === undefined) {
    await discardUploads(store, files);
    throw invalidInput({ [shape.jsonPart]: `The form has no ${shape.jsonPart} part.` });
  }
  return { body, files };
}

/** Reads the form, hands it to the use-case, and removes whatever staged file the use-case did not keep. */
export async function withUploadedForm<T>(
  request: FastifyRequest,
  store: EvidenceStore,
  shape: FormShape,
  use: (form: { body: unknown; files: StagedUpload[] }) => Promise<T>,
): Promise<T> {
  const form = await readFormWithFiles(request, store, shape);
  try {
    return await use(form);
  } finally {
    await discardUploads(store, form.files);
  }
}
