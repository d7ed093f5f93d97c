import crypto from "node:crypto";

/** UUIDv7: time-ordered, so ids sort by creation and keyset pagination can use them. */
export function newId(): string {
  const bytes = crypto.randomBytes(16);
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Crockford base32 without I, L, O, U: easy to read aloud and to type from a receipt.
const READABLE = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newReference(prefix: string): string {
  const bytes = crypto.randomBytes(8);
  let out = "";
  for (const b of bytes) out += READABLE[b & 31];
  return `${prefix}-${out}`;
}

export function newSecretToken(): string {
  return crypto.randomBytes(24).toString("base64url");
}

export function sha256Hex(value: string | Buffer): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}
