import i18next from "i18next";

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

/** Why this file cannot be evidence, from its name and its first bytes; null when it looks right. */
export function evidenceProblemOf(name: string, head: Uint8Array): string | null {
  const kind = kindOfHead(head);
  const lower = name.toLowerCase();
  const problem = i18next.t("ui:files.contentProblem");
  if (kind === "ZIP" && !lower.endsWith(".docx")) return i18next.t("ui:files.archive", { name });
  if (kind === "OLE" && !lower.endsWith(".doc")) return i18next.t("ui:files.notDoc", { name, problem });
  if (kind === null) return i18next.t("ui:files.cannotAttach", { name, problem });
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
