import type { RequestSpec } from "./load.ts";

const RUN = Date.now().toString(36);
const PDF_BYTES = 4 * 1024 * 1024;

/** A valid report; the email is unique per request because the app refuses duplicates and floods per reporter. */
export function reportJson(publicUrl: string, n: number): string {
  const listing = `it-${2001 + (n % 18)}`;
  return JSON.stringify({
    type: "listing_violation",
    targetUrls: [`${publicUrl}/shop/item/${listing}`],
    description: "This listing offers prescription painkillers without any prescription.",
    contactEmail: `bench-${RUN}-${n}@example.test`,
    agreement: true,
    details: { violation: "prohibited_goods", prohibitedCategory: "prescription_medicines" },
  });
}

export function jsonReport(publicUrl: string, n: number): RequestSpec {
  const body = reportJson(publicUrl, n);
  return {
    method: "POST",
    path: "/api/v1/reports",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    body,
  };
}

/** A 4 MB PDF whose content differs per upload (the counter is in its first line). */
function pdfOf(n: number): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% redress bench upload ${RUN}-${n}\n`);
  const tail = Buffer.from("\n%%EOF\n");
  const padding = Buffer.alloc(PDF_BYTES - head.length - tail.length, "% padding\n");
  return Buffer.concat([head, padding, tail]);
}

export function uploadReport(publicUrl: string, n: number): RequestSpec {
  const boundary = `----redress-bench-${RUN}-${n}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="report"\r\n\r\n${reportJson(publicUrl, n)}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="evidence"; filename="evidence.pdf"\r\n` +
        "Content-Type: application/pdf\r\n\r\n",
    ),
    pdfOf(n),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    method: "POST",
    path: "/api/v1/reports",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": body.length },
    body,
  };
}
