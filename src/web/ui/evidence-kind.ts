/**
 * What an evidence file is, read from its first bytes, as the server will judge it (by content, not by
 * name): so that a wrong file is named at once, next to itself, and not after the whole form was sent.
 */
const SIGNATURES: { kind: string; bytes: (number | null)[]; offset?: number }[] = [
  { kind: "PDF", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: "PNG", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: "JPEG", bytes: [0xff, 0xd8, 0xff] },
  { kind: "GIF", bytes: [0x47, 0x49, 0x46, 0x38, null, 0x61] },
  { kind: "WEBP", bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  // A Word document (DOCX) is a ZIP archive; the old DOC an OLE compound file.
  { kind: "ZIP", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: "OLE", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

const HEAD_BYTES = 16;

function startsWith(head: Uint8Array, { bytes, offset = 0 }: (typeof SIGNATURES)[number]): boolean {
  return bytes.every((b, i) => b === null || head[offset + i] === b);
}

const RIFF = { kind: "RIFF", bytes: [0x52, 0x49, 0x46, 0x46] };

/** The kind the first bytes show, or null when they match none of the accepted kinds. */
export function kindOfHead(head: Uint8Array): string | null {
  const match = SIGNATURES.find((s) => startsWith(head, s) && (s.kind !== "WEBP" || startsWith(head, RIFF)));
  return match?.kind ?? null;
}

const CONTENT_PROBLEM = "its content is not a PDF, a Word document or an image (GIF, JPEG, PNG, WEBP)";

/** Why this file cannot be evidence, from its name and its first bytes; null when it looks right. */
export function evidenceProblemOf(name: string, head: Uint8Array): string | null {
  const kind = kindOfHead(head);
  const lower = name.toLowerCase();
  if (kind === "ZIP" && !lower.endsWith(".docx"))
    return `“${name}” is an archive (ZIP), not a Word document or an image.`;
  if (kind === "OLE" && !lower.endsWith(".doc"))
    return `“${name}” is not a Word document (DOC): ${CONTENT_PROBLEM}.`;
  if (kind === null) return `“${name}” cannot be attached: ${CONTENT_PROBLEM}.`;
  return null;
}

/** Reads the first bytes of a file and judges it; a file that cannot be read is left to the server. */
export async function checkEvidenceFile(file: File): Promise<string | null> {
  try {
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    return evidenceProblemOf(file.name, head);
  } catch {
    return null;
  }
}
