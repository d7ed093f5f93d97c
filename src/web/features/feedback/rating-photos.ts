import i18next from "i18next";
import { MAX_FEEDBACK_PHOTOS } from "../../../contracts/feedback.ts";
import { MAX_EVIDENCE_BYTES } from "../../../contracts/reports.ts";
import { kindOfHead } from "../../ui/evidence-kind.ts";
import { formatBytes } from "../../ui/format.ts";
import type { EvidencePolicy } from "../../ui/useEvidenceFiles.ts";

const PHOTO_KINDS = ["GIF", "JPEG", "PNG", "WEBP"];
const MB = MAX_EVIDENCE_BYTES / (1024 * 1024);

/** Why this file cannot go with a rating, from its first bytes and size (as the server judges it); or null. */
export function photoProblemOf(name: string, size: number, head: Uint8Array): string | null {
  if (!PHOTO_KINDS.includes(kindOfHead(head) ?? "")) return i18next.t("feedback:photos.notPhoto", { name });
  if (size > MAX_EVIDENCE_BYTES)
    return i18next.t("feedback:photos.tooLarge", { name, size: formatBytes(size), mb: MB });
  return null;
}

/** What a rating takes: up to 5 photos. */
export const RATING_PHOTOS: EvidencePolicy = {
  maxFiles: MAX_FEEDBACK_PHOTOS,
  accept: {
    "image/gif": [".gif"],
    "image/jpeg": [".jpg", ".jpeg"],
    "image/png": [".png"],
    "image/webp": [".webp"],
  },
  maxBytes: MAX_EVIDENCE_BYTES,
  // Read as the field is drawn, in the interface language of that moment.
  get hint() {
    return i18next.t("feedback:photos.hint", { max: MAX_FEEDBACK_PHOTOS, mb: MB });
  },
  get typesText() {
    return i18next.t("feedback:photos.types");
  },
  async check(file) {
    try {
      const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
      return photoProblemOf(file.name, file.size, head);
    } catch {
      return null;
    }
  },
};
