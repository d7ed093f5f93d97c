import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestApp, TestUser } from "./app.ts";
import { type FilePart, samples } from "./multipart.ts";

/** A multipart body with one JSON part under any name, and files under their own field names. */
export function form(jsonPart: string, json: unknown, files: (FilePart & { name: string })[] = []) {
  const boundary = `----redress${crypto.randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  if (json !== undefined) {
    const value = typeof json === "string" ? json : JSON.stringify(json);
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${jsonPart}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name}"; filename="${f.fileName}"\r\n` +
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

export const gif = () =>
  Buffer.concat([Buffer.from("GIF89a"), Buffer.from([1, 0, 1, 0, 0, 0, 0]), Buffer.alloc(20)]);

/** A PDF whose bytes (and so whose SHA-256) differ from every other one made here. */
export const uniquePdf = () => samples.pdf(1 + crypto.randomInt(10_000));

export function company(overrides: Record<string, unknown> = {}) {
  return {
    kind: "company",
    legalName: "Orbis Watches Ltd",
    country: "gb",
    address: "1 Clock Lane, London EC1 2AB",
    contactEmail: "Legal@Orbis.example",
    companyNumber: "01234567",
    ...overrides,
  };
}

export function trademark(overrides: Record<string, unknown> = {}) {
  return {
    type: "trademark",
    registrationNumber: "EU 018000001",
    office: "EUIPO",
    classes: [14, 9],
    ownerName: "Orbis Watches Ltd",
    validFrom: "2020-01-15",
    validTo: "2030-01-15",
    ...overrides,
  };
}

export async function registerHolder(t: TestApp, user: TestUser, holder = company()) {
  const body = form("holder", holder, [{ name: "document", fileName: "register.pdf", content: uniquePdf() }]);
  const res = await t.app.inject({
    method: "POST",
    url: "/api/v1/rights/holder",
    headers: { ...user.headers, ...body.headers },
    payload: body.payload,
  });
  if (res.statusCode !== 201) throw new Error(`registration failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function postRight(
  t: TestApp,
  user: TestUser | null,
  right: unknown,
  files: (FilePart & { name: string })[] = [
    { name: "certificate", fileName: "certificate.pdf", content: uniquePdf() },
  ],
) {
  const body = form("right", right, files);
  return t.app.inject({
    method: "POST",
    url: "/api/v1/rights",
    headers: { ...(user ? { ...user.headers } : {}), ...body.headers },
    payload: body.payload,
  });
}

export async function addRight(t: TestApp, user: TestUser, right = trademark()) {
  const res = await postRight(t, user, right);
  if (res.statusCode !== 201) throw new Error(`adding a right failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string };
}

export function review(t: TestApp, staff: TestUser, id: string, body: unknown) {
  return t.app.inject({
    method: "POST",
    url: `/api/v1/console/rights/${id}/review`,
    headers: { ...staff.headers },
    payload: body as Record<string, unknown>,
  });
}

/** Every file under a directory of the test's data dir (evidence blobs, staged uploads). */
export function filesUnder(dataDir: string, sub: string): string[] {
  const root = path.join(dataDir, sub);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

export async function mailsTo(t: TestApp, address: string) {
  await t.worker.drain();
  const box = await t.app.inject({ method: "GET", url: "/api/v1/dev/mailbox" });
  return (box.json().items as { to: string; subject: string; text: string }[]).filter(
    (m) => m.to === address,
  );
}
