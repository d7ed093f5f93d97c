import type { z } from "zod";
import { ErrorBody } from "../../contracts/common.ts";

/** An answer from the API that was not a success, with the stable `code` and the fields at fault. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** The whole `error` object, for codes that carry more (e.g. `existing` on duplicate_report). */
  readonly body: Record<string, unknown>;

  constructor(status: number, code: string, message: string, fields: Record<string, string>, body = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.body = body;
  }
}

const NETWORK_MESSAGE = "Could not reach Redress. Check your connection and try again.";

/** Turns any error body (ours or better-auth's `{message, code}`) into an ApiError. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const ours = ErrorBody.safeParse(body);
  if (ours.success) {
    const { code, message, fields } = ours.data.error;
    return new ApiError(status, code, message, fields ?? {}, (body as ErrorBody).error);
  }
  if (body && typeof body === "object" && "message" in body) {
    const auth = body as { message?: unknown; code?: unknown };
    const code = typeof auth.code === "string" ? auth.code : `http_${status}`;
    return new ApiError(status, code, String(auth.message), {});
  }
  return new ApiError(status, `http_${status}`, messageForStatus(status), {});
}

function messageForStatus(status: number): string {
  if (status === 401) return "Please sign in first.";
  if (status === 404) return "This was not found, or it is not yours to see.";
  if (status === 429) return "Too many requests. Please wait a moment and try again.";
  if (status >= 500) return "Something went wrong on our side. Please try again in a moment.";
  return "The request could not be completed.";
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the API with JSON and the session cookie; throws ApiError for anything but 2xx. */
export async function requestJson(path: string, options: RequestOptions = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      credentials: "same-origin",
      headers: {
        accept: "application/json",
        ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "network_error", NETWORK_MESSAGE, {});
  }
  const body = await readBody(response);
  if (!response.ok) throw apiErrorFrom(response.status, body);
  return body;
}

/** GETs a path and checks the answer against its contract schema. */
export async function getParsed<T extends z.ZodType>(
  path: string,
  schema: T,
  signal?: AbortSignal,
): Promise<z.infer<T>> {
  return schema.parse(await requestJson(path, { signal }));
}

/** Builds `path?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export { NETWORK_MESSAGE };

/** What a 409 points at when the thing asked for exists already: a report or a dispute of one's own. */
export interface ExistingRecord {
  id: string;
  reference: string;
}

/** The existing record a refusal names (`error.existing`); with `codes`, only for one of those codes. */
export function existingOf(error: unknown, codes?: readonly string[]): ExistingRecord | null {
  if (!(error instanceof ApiError) || (codes && !codes.includes(error.code))) return null;
  const existing = error.body.existing as Partial<ExistingRecord> | undefined;
  return typeof existing?.id === "string" && typeof existing.reference === "string"
    ? { id: existing.id, reference: existing.reference }
    : null;
}
