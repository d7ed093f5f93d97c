import fs from "node:fs";
import type { FastifyReply } from "fastify";

export interface StoredFile {
  path: string;
  fileName: string;
  mimeType: string;
  size: number;
}

/**
 * A Content-Disposition any client can read (RFC 6266): an ASCII `filename` for old clients, and the
 * real name, in any script, as RFC 5987 `filename*`. A raw non-ASCII name in a header makes Node refuse
 * the whole response.
 */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  if (ascii === fileName) return `${kind}; filename="${fileName}"`;
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends an uploaded file so that the browser never runs it: a download by default, with nosniff, a
 * sandboxing CSP and no caching. `inline` (for staff viewing images and PDFs) shows it in the browser;
 * images stay sandboxed, PDFs get a CSP that blocks everything but the viewer.
 */
export function sendStoredFile(reply: FastifyReply, file: StoredFile, inline = false) {
  const pdfInline = inline && file.mimeType === "application/pdf";
  return reply
    .header("content-type", file.mimeType)
    .header("content-length", file.size)
    .header("content-disposition", contentDisposition(inline ? "inline" : "attachment", file.fileName))
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", pdfInline ? "default-src 'none'" : "default-src 'none'; sandbox")
    .header("cache-control", "private, no-store")
    .send(fs.createReadStream(file.path));
}

/** A file made as it is sent (an export): a download, streamed, never cached. */
export function sendMadeFile(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; body: NodeJS.ReadableStream },
) {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", contentDisposition("attachment", file.fileName))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .send(file.body);
}

/** Images and PDFs are the files a browser may show; everything else is always a download. */
export const isViewable = (mimeType: string) =>
  mimeType.startsWith("image/") || mimeType === "application/pdf";
