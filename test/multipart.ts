import crypto from "node:crypto";

export interface FilePart {
  name?: string;
  fileName: string;
  contentType?: string;
  content: Buffer;
}

/** Builds a multipart/form-data body by hand, as a browser would send it; the JSON goes in `jsonPart`. */
export function multipart(report: unknown, files: FilePart[] = [], jsonPart = "report") {
  const boundary = `----redress${crypto.randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  if (report !== undefined) {
    const value = typeof report === "string" ? report : JSON.stringify(report);
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${jsonPart}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name ?? "evidence"}"; filename="${f.fileName}"\r\n` +
          `Content-Type: ${f.contentType ?? "application/octet-stream"}\r\n\r\n`,
      ),
      f.content,
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** Small real files of each kind, by their magic bytes. */
export const samples = {
  pdf: (extra = 0) =>
    Buffer.concat([
      Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n"),
      Buffer.alloc(extra, 32),
      Buffer.from("\n%%EOF\n"),
    ]),
  png: () =>
    Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f90000000049454e44ae426082",
      "hex",
    ),
  exe: () =>
    Buffer.concat([
      Buffer.from("MZ"),
      Buffer.alloc(62),
      Buffer.from([0x40, 0, 0, 0]),
      Buffer.alloc(64),
      Buffer.from("PE\0\0"),
      Buffer.alloc(200),
    ]),
  /** An MP4 video: its `ftyp` box (brand isom), then `extra` bytes of media data. */
  mp4: (extra = 0) =>
    Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from("ftypisom"),
      Buffer.from([0, 0, 2, 0]),
      Buffer.from("isomiso2"),
      Buffer.alloc(extra, 0),
    ]),
  svg: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  html: () => Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>"),
};
