import crypto from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Auth } from "../accounts/auth.ts";

/** One part of a multipart form: a JSON field or a small file. */
export type FormPart =
  | { name: string; json: unknown }
  | { name: string; fileName: string; contentType: string; content: Buffer };

/** A multipart/form-data body, as a browser sends one. */
function multipart(parts: FormPart[]) {
  const boundary = `----redress-demo-${crypto.randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if ("json" in part) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${JSON.stringify(part.json)}\r\n`,
        ),
      );
      continue;
    }
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.fileName}"\r\n` +
          `Content-Type: ${part.contentType}\r\n\r\n`,
      ),
      part.content,
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A small, real PDF (checked by content like any upload). */
export function demoPdf(title: string): Buffer {
  return Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
}

export interface DemoClient {
  /** Sends a request as the given user (null: a guest) and answers the JSON body; throws on a non-2xx. */
  call<T = Record<string, unknown>>(
    as: string | null,
    method: "GET" | "POST" | "PUT",
    url: string,
    body?: unknown,
  ): Promise<T>;
  upload<T = Record<string, unknown>>(as: string, url: string, parts: FormPart[]): Promise<T>;
  /** Ends the sessions the client opened. */
  close(): Promise<void>;
}

/**
 * Talks to the app over its own HTTP API, in-process, as its users would. Sessions are opened through
 * better-auth's own adapter and signed with its secret, so that no password check (nor sign-in rate limit)
 * stands in the way of seeding.
 */
export async function createDemoClient(
  app: FastifyInstance,
  auth: Auth,
  origin: string,
): Promise<DemoClient> {
  const context = await auth.$context;
  const cookies = new Map<string, string>();
  const tokens: string[] = [];

  async function cookieOf(userId: string): Promise<string> {
    const known = cookies.get(userId);
    if (known) return known;
    const session = await context.internalAdapter.createSession(userId);
    tokens.push(session.token);
    const signature = crypto.createHmac("sha256", context.secret).update(session.token).digest("base64");
    const cookie = `${context.authCookies.sessionToken.name}=${encodeURIComponent(`${session.token}.${signature}`)}`;
    cookies.set(userId, cookie);
    return cookie;
  }

  async function send<T>(
    as: string | null,
    method: string,
    url: string,
    payload: unknown,
    contentType?: string,
  ): Promise<T> {
    const headers: Record<string, string> = { origin };
    if (as) headers.cookie = await cookieOf(as);
    if (contentType) headers["content-type"] = contentType;
    const response = await app.inject({
      method: method as "GET",
      url,
      headers,
      payload: payload as string,
    });
    if (response.statusCode >= 300)
      throw new Error(`demo seed: ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    return (response.body ? response.json() : {}) as T;
  }

  return {
    call: (as, method, url, body) =>
      send(
        as,
        method,
        url,
        body === undefined ? undefined : JSON.stringify(body),
        body === undefined ? undefined : "application/json",
      ),
    upload(as, url, parts) {
      const form = multipart(parts);
      return send(as, "POST", url, form.payload, form.contentType);
    },
    async close() {
      for (const token of tokens) await context.internalAdapter.deleteSession(token);
    },
  };
}
