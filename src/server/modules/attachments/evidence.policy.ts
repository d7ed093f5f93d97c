export interface DetectedType {
  ext: string;
  mime: string;
}

export type EvidenceVerdict = { ok: true; mimeType: string } | { ok: false; reason: string };

// Detected by content (magic bytes), never by the name or the type the browser claims.
const ALLOWED: Record<string, string> = {
  pdf: "application/pdf",
  gif: "image/gif",
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** Decides whether an uploaded file may be kept as evidence, from what its content turned out to be. */
export function judgeEvidence(detected: DetectedType | undefined, fileName: string): EvidenceVerdict {
  if (!detected) {
    return {
      ok: false,
      reason: "This file's content is not a PDF, Word document or image (GIF, JPEG, PNG, WEBP).",
    };
  }
  const mimeType = ALLOWED[detected.ext];
  if (mimeType) return { ok: true, mimeType };
  // Legacy .doc files are OLE compound files; so are other Office formats, hence the name check too.
  if (detected.ext === "cfb" && /\.doc$/i.test(fileName)) return { ok: true, mimeType: "application/msword" };
  return {
    ok: false,
    reason: `Files of this kind (${detected.ext.toUpperCase()}) are not accepted as evidence.`,
  };
}

/** A file name safe to show and to put in a Content-Disposition header. */
export function cleanFileName(name: string | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[^\p{L}\p{N}._ -]/gu, "_")
    .slice(0, 150)
    .trim();
  return cleaned || "evidence";
}
