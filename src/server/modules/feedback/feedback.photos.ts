import { MAX_FEEDBACK_PHOTOS } from "../../../contracts/feedback.ts";
import type { DetectedType, FileVerdict, FormShape } from "../../platform/storage/form-intake.ts";
import { cleanFileName, judgeEvidence } from "../attachments/evidence.policy.ts";

/** A rating's photo is an image by its content (GIF, JPEG, PNG, WEBP): what evidence takes, less documents. */
export function judgePhoto(detected: DetectedType | undefined, fileName: string): FileVerdict {
  const verdict = judgeEvidence(detected, fileName);
  if (verdict.ok && verdict.mimeType.startsWith("image/")) return verdict;
  return { ok: false, reason: "This file's content is not a photo (GIF, JPEG, PNG, WEBP)." };
}

/** A rating sent as a form: the rating as JSON in `rating`, up to 5 photos under `photos`. */
export const ratingForm: FormShape = {
  jsonPart: "rating",
  files: { photos: { maxFiles: MAX_FEEDBACK_PHOTOS, judge: judgePhoto } },
  cleanFileName,
};
