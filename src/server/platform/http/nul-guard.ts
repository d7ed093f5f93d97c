import type { FastifyInstance, FastifyRequest } from "fastify";
import { invalidInput } from "./errors.ts";

const NUL_MESSAGE = "This value contains a NUL character (\\u0000), which is not allowed.";

/**
 * The path of the first string (or object key) holding a NUL character, or null. A walk with its own stack,
 * not recursion: a body nested thousands of levels deep must not overflow the call stack.
 */
export function findNul(value: unknown, path = ""): string | null {
  const pending: Array<[unknown, string]> = [[value, path]];
  while (pending.length > 0) {
    const [current, at] = pending.pop() as [unknown, string];
    if (typeof current === "string") {
      if (current.includes("\u0000")) return at || "body";
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    const children = Object.entries(current);
    // Pushed in reverse so that the first field is looked at first and named first.
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as [string, unknown];
      const childAt = at ? `${at}.${key}` : key;
      if (key.includes("\u0000")) return childAt;
      pending.push([child, childAt]);
    }
  }
  return null;
}

/** Refuses input with a NUL character, naming the field: PostgreSQL cannot store one in text. */
export function refuseNul(value: unknown, path = ""): void {
  const at = findNul(value, path);
  if (at) throw invalidInput({ [at]: NUL_MESSAGE });
}

type Parts = FastifyRequest["parts"];

/** A form's text parts as they arrive: raw NUL characters, and escaped ones inside a JSON part. */
function checkedParts(parts: Parts): Parts {
  return async function* (this: FastifyRequest, ...args: Parameters<Parts>) {
    for await (const part of parts.apply(this, args)) {
      if (part.type === "field" && typeof part.value === "string") {
        refuseNul(part.value, part.fieldname);
        refuseNul(jsonOrNull(part.value), part.fieldname);
      }
      yield part;
    }
  } as Parts;
}

function jsonOrNull(value: string): unknown {
  if (!value.includes("\\u0000")) return null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/**
 * Every route, before its own validation: route parameters, the query string and a parsed body.
 * Multipart forms are read by their handlers, so form-intake checks their text parts the same way.
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    refuseNul(request.params);
    refuseNul(request.query);
    if (!Buffer.isBuffer(request.body)) refuseNul(request.body);
    if (request.isMultipart()) request.parts = checkedParts(request.parts);
  });
}
