import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { AttemptCounter } from "../../platform/http/attempt-counter.ts";

export interface AuthLimits {
  counter: AttemptCounter;
  perAccount: number;
  perAddress: number;
  windowMinutes: number;
}

/** The better-auth endpoints that guess passwords or send mail, and what they are called in a message. */
const LIMITED: Record<string, string> = {
  "/api/auth/sign-in/email": "sign-in attempts",
  "/api/auth/sign-up/email": "sign-up attempts",
  "/api/auth/request-password-reset": "password reset requests",
  "/api/auth/send-verification-email": "confirmation email requests",
};

function emailIn(body: unknown): string | null {
  if (!Buffer.isBuffer(body)) return null;
  try {
    const email = (JSON.parse(body.toString("utf8")) as { email?: unknown }).email;
    return typeof email === "string" && email.trim() ? email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

function refuse(reply: FastifyReply, what: string, seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  return reply
    .code(429)
    .header("retry-after", String(seconds))
    .send({
      error: {
        code: "rate_limited",
        message: `Too many ${what}. Please wait ${minutes === 1 ? "a minute" : `${minutes} minutes`} and try again.`,
      },
    });
}

/**
 * Password guessing and mail flooding: every attempt counts against the account (the email in the body)
 * and the client address (the socket's, or a trusted proxy's X-Forwarded-For), in every mode.
 */
export function installAuthLimits(app: FastifyInstance, limits: AuthLimits): void {
  const windowMs = limits.windowMinutes * 60_000;
  app.addHook("preHandler", async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split("?")[0] ?? "";
    const what = request.method === "POST" ? LIMITED[path] : undefined;
    if (!what) return;
    const checks: [string, number][] = [[`${path}|address:${request.ip}`, limits.perAddress]];
    const email = emailIn(request.body);
    if (email) checks.push([`${path}|account:${email}`, limits.perAccount]);
    for (const [key, max] of checks) {
      const { hits, retryAfterSeconds } = await limits.counter.hit(key, windowMs);
      if (hits > max) return refuse(reply, what, retryAfterSeconds);
    }
  });
}
