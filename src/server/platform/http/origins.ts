import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "./errors.ts";

/** On a local install, the same app is reached as localhost and as 127.0.0.1: both are its own pages. */
export function trustedOriginsFor(publicUrl: string): string[] {
  const url = new URL(publicUrl);
  if (url.hostname !== "localhost" && url.hostname !== "127.0.0.1") return [url.origin];
  const port = url.port ? `:${url.port}` : "";
  return [`${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`];
}

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The page a request was sent from: its Origin header, else the origin of its Referer. */
function originOf(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin;
  const referer = request.headers.referer;
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

const badOrigin = () =>
  new AppError(
    403,
    "bad_origin",
    "This request did not come from Redress's own pages, so it was refused. Reload the page and try again.",
  );

/**
 * Cross-site request forgery: a browser sends the session cookie with a form another site posts, so
 * every write that carries a cookie must come from one of our own pages. The sign-in endpoints also
 * refuse a foreign page without a cookie, so that no other site can sign a visitor into an account.
 * Requests without a cookie (scripts, later API keys) are not affected.
 */
export function installOriginCheck(app: FastifyInstance, publicUrl: string): void {
  const trusted = new Set(trustedOriginsFor(publicUrl));
  app.addHook("onRequest", async (request) => {
    if (!WRITES.has(request.method) || !request.url.startsWith("/api/")) return;
    const origin = originOf(request);
    if (origin !== null && trusted.has(origin)) return;
    const signingIn = request.url.startsWith("/api/auth/") && origin !== null;
    if (request.headers.cookie || signingIn) throw badOrigin();
  });
}
