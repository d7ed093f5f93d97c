import fs from "node:fs";
import type { FastifyReply } from "fastify";

export interface StoredFile {
  path: string;
  fileName: string;
  mimeType: string;
  size: number;
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
    .header("content-disposition", `${inline ? "inline" : "attachment"}; filename="${file.fileName}"`)
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", pdfInline ? "default-src 'none'" : "default-src 'none'; sandbox")
    .header("cache-control", "private, no-store")
    .send(fs.createReadStream(file.path));
}

/** Images and PDFs are the files a browser may show; everything else is always a download. */
export const isViewable = (mimeType: string) =>
  mimeType.startsWith("image/") || mimeType === "application/pdf";
