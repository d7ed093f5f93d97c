import crypto from "node:crypto";

let lastMs = 0;
let sequence = 0;

/**
 * UUIDv7: time-ordered, so ids sort by creation and keyset pagination can use them. Within one
 * millisecond a 12-bit counter keeps ids of this process in creation order (RFC 9562, method 1).
 */
// Random bytes are drawn 4 KiB at a time: one system call serves 256 ids.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function random16(): Buffer {
  if (poolOffset + 16 > pool.length) {
    crypto.randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.from(pool.subarray(poolOffset, poolOffset + 16));
  poolOffset += 16;
  return bytes;
}

export function newId(): string {
  const bytes = random16();
  let ms = Date.now();
  if (ms <= lastMs) {
    sequence += 1;
    if (sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    sequence = bytes[6]! & 0x07; // a random start leaves room to count up
  }
  for (let i = 0; i < 6; i++) bytes[i] = Math.floor(ms / 2 ** (8 * (5 - i))) & 0xff;
  bytes[6] = 0x70 | ((sequence >> 8) & 0x0f);
  bytes[7] = sequence & 0xff;
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
