import { MAX_DISPUTE_FILES, MAX_VIDEO_BYTES } from "../../../contracts/disputes.ts";
import { MAX_EVIDENCE_BYTES } from "../../../contracts/reports.ts";
import { evidenceProblemOf, kindOfHead } from "../../ui/evidence-kind.ts";
import { formatBytes } from "../../ui/format.ts";
import { EVIDENCE_ACCEPT, type EvidencePolicy } from "../../ui/useEvidenceFiles.ts";

/**
 * A dispute takes what a report takes (photos, PDF and Word documents) and, besides, videos of what
 * arrived: the unboxing often shows the problem best. Videos may be larger than the rest.
 */
export const DISPUTE_FILE_ACCEPT: Record<string, string[]> = {
  ...EVIDENCE_ACCEPT,
  "video/mp4": [".mp4"],
  "video/webm": [".webm"],
};

const MB = 1024 * 1024;
export const FILE_MB = MAX_EVIDENCE_BYTES / MB;
export const VIDEO_MB = MAX_VIDEO_BYTES / MB;

/** What may be attached, in one sentence, for the field's hint and help. */
export const DISPUTE_FILES_TEXT = `Up to ${MAX_DISPUTE_FILES} files: photos (JPEG, PNG, GIF, WEBP), PDF or Word documents up to ${FILE_MB} MB each, MP4 or WebM videos up to ${VIDEO_MB} MB.`;

const HEAD_BYTES = 16;

/** MP4 has an `ftyp` box at byte 4; WebM starts with the EBML header. Read as the server reads them. */
export function videoKindOf(head: Uint8Array): "MP4" | "WebM" | null {
  if (head[4] === 0x66 && head[5] === 0x74 && head[6] === 0x79 && head[7] === 0x70) return "MP4";
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return "WebM";
  return null;
}

/** Why this file cannot go with a dispute, from its name, size and first bytes; null when it fits. */
export function disputeFileProblemOf(name: string, size: number, head: Uint8Array): string | null {
  if (videoKindOf(head)) {
    return size > MAX_VIDEO_BYTES
      ? `“${name}” is ${formatBytes(size)}: a video can be at most ${VIDEO_MB} MB.`
      : null;
  }
  if (kindOfHead(head) === null)
    return `“${name}” cannot be attached: its content is not a photo (JPEG, PNG, GIF, WEBP), a video (MP4, WebM), a PDF or a Word document.`;
  const problem = evidenceProblemOf(name, head);
  if (problem) return problem;
  if (size > MAX_EVIDENCE_BYTES)
    return `“${name}” is ${formatBytes(size)}: a photo or document can be at most ${FILE_MB} MB (only videos may be up to ${VIDEO_MB} MB).`;
  return null;
}

/** Reads the first bytes and judges the file; one that cannot be read is left to the server. */
export async function checkDisputeFile(file: File): Promise<string | null> {
  try {
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    return disputeFileProblemOf(file.name, file.size, head);
  } catch {
    return null;
  }
}

/** What a dispute takes as evidence: the drop zone lets videos' size through, `check` holds the rest to 5 MB. */
export const DISPUTE_EVIDENCE: EvidencePolicy = {
  maxFiles: MAX_DISPUTE_FILES,
  accept: DISPUTE_FILE_ACCEPT,
  maxBytes: MAX_VIDEO_BYTES,
  hint: DISPUTE_FILES_TEXT,
  typesText: "a photo (JPEG, PNG, GIF, WEBP), a video (MP4, WebM), a PDF or a Word document",
  check: checkDisputeFile,
};

const KIND_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "Word document",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "image/gif": "GIF image",
  "image/jpeg": "JPEG image",
  "image/png": "PNG image",
  "image/webp": "WEBP image",
  "video/mp4": "MP4 video",
  "video/webm": "WebM video",
};

/** "PNG image", "PDF", "MP4 video": what a stored file is, for the reader of the timeline. */
export const fileKindName = (mimeType: string) => KIND_NAMES[mimeType] ?? "File";

/** The server's refusals of the files themselves (too large, wrong kind, too many), shown at the field. */
export const FILE_REFUSAL_CODES = [
  "unsupported_file_type",
  "file_too_large",
  "payload_too_large",
  "too_many_files",
];
