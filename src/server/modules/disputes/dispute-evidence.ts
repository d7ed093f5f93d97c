import { MAX_DISPUTE_FILES, MAX_VIDEO_BYTES } from "../../../contracts/disputes.ts";
import { MAX_EVIDENCE_BYTES } from "../../../contracts/reports.ts";
import type { DetectedType, FileVerdict, FormShape } from "../../platform/storage/form-intake.ts";
import { cleanFileName, judgeEvidence } from "../attachments/evidence.policy.ts";

// Detected by content (magic bytes), never by the name or the type the browser claims.
const VIDEOS: Record<string, string> = { mp4: "video/mp4", webm: "video/webm" };

/** A dispute's evidence: what a report takes (documents and photos), and videos of what arrived. */
export function judgeDisputeEvidence(detected: DetectedType | undefined, fileName: string): FileVerdict {
  const video = detected && VIDEOS[detected.ext];
  if (video) return { ok: true, mimeType: video };
  const verdict = judgeEvidence(detected, fileName);
  if (verdict.ok || detected) return verdict;
  return {
    ok: false,
    reason:
      "This file's content is not a photo (GIF, JPEG, PNG, WEBP), a video (MP4, WebM), a PDF or a Word document.",
  };
}

const maxBytesOf = (mimeType: string) =>
  mimeType.startsWith("video/") ? MAX_VIDEO_BYTES : MAX_EVIDENCE_BYTES;

/** A dispute form: its JSON part and up to 10 evidence files, streamed to staging and checked by content. */
export function disputeForm(jsonPart: string): FormShape {
  return {
    jsonPart,
    files: { evidence: { maxFiles: MAX_DISPUTE_FILES, judge: judgeDisputeEvidence } },
    cleanFileName,
    sizes: {
      maxBytes: MAX_VIDEO_BYTES,
      maxBytesOf,
      tooLarge: "A video can be at most 50 MB, and a photo or document at most 5 MB.",
    },
  };
}
