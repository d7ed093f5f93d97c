import i18next from "i18next";
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

/** What may be attached, in one sentence, for the field's hint and help (in the interface language). */
export const disputeFilesText = () =>
  i18next.t("disputes:files.text", { max: MAX_DISPUTE_FILES, fileMb: FILE_MB, videoMb: VIDEO_MB });

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
      ? i18next.t("disputes:files.videoTooLarge", { name, size: formatBytes(size), mb: VIDEO_MB })
      : null;
  }
  if (kindOfHead(head) === null) return i18next.t("disputes:files.wrongContent", { name });
  const problem = evidenceProblemOf(name, head);
  if (problem) return problem;
  if (size > MAX_EVIDENCE_BYTES)
    return i18next.t("disputes:files.fileTooLarge", {
      name,
      size: formatBytes(size),
      mb: FILE_MB,
      videoMb: VIDEO_MB,
    });
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
  // Read when the zone is drawn, so that they follow the interface language.
  get hint() {
    return disputeFilesText();
  },
  get typesText() {
    return i18next.t("disputes:files.types");
  },
  check: checkDisputeFile,
};

/** The server's refusals of the files themselves (too large, wrong kind, too many), shown at the field. */
export const FILE_REFUSAL_CODES = [
  "unsupported_file_type",
  "file_too_large",
  "payload_too_large",
  "too_many_files",
];
