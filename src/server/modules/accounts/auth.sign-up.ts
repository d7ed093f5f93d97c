import crypto from "node:crypto";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { Auth } from "./auth.ts";

interface SignUpBody {
  name: string;
  email: string;
  password: string;
}

function signUpBody(body: unknown): SignUpBody | null {
  if (!Buffer.isBuffer(body)) return null;
  try {
    const { name, email, password } = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
    if (typeof name !== "string" || typeof email !== "string" || typeof password !== "string") return null;
    return { name, email: email.trim().toLowerCase(), password };
  } catch {
    return null;
  }
}

/** better-auth's signed cookie value: `value.base64(HMAC-SHA256(secret, value))`, URL-encoded. */
function signed(value: string, secret: string): string {
  const signature = crypto.createHmac("sha256", secret).update(value).digest("base64");
  return encodeURIComponent(`${value}.${signature}`);
}

export interface DuplicateAnswer {
  status: number;
  body: unknown;
  setCookie: string;
}

/**
 * Sign-up must not tell whether an address has an account. For an existing one it answers as for a new
 * account (a user and a session cookie of the same form, after the same password hashing), creates
 * nothing, and mails the owner instead: "you already have an account; sign in or reset your password".
 */
export function createDuplicateSignUp(deps: {
  auth: Auth;
  db: Db;
  clock: Clock;
  secret: string;
  publicUrl: string;
}) {
  return async function answerIfExisting(body: unknown): Promise<DuplicateAnswer | null> {
    const input = signUpBody(body);
    if (!input || input.password.length < 8 || input.password.length > 128) return null;
    const ctx = await deps.auth.$context;
    const existing = await ctx.internalAdapter.findUserByEmail(input.email);
    if (!existing?.user) return null;
    await ctx.password.hash(input.password);
    const now = deps.clock.now();
    await enqueue(deps.db, deps.clock, {
      topic: "mail.send",
      dedupeKey: `mail:sign-up-existing:${existing.user.id}:${now.toISOString()}`,
      payload: mailMessage("sign-up-existing", existing.user.email, {
        name: existing.user.name,
        signInUrl: `${deps.publicUrl}/sign-in`,
      }),
    });
    const token =
      ctx.generateId({ model: "session", size: 32 }) || crypto.randomBytes(24).toString("base64url");
    const cookie = ctx.authCookies.sessionToken;
    const maxAge = ctx.sessionConfig.expiresIn;
    const secure = cookie.attributes.secure ? "; Secure" : "";
    return {
      status: 200,
      body: {
        token,
        user: {
          name: input.name,
          email: input.email,
          emailVerified: false,
          image: null,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
          role: "member",
          id: ctx.generateId({ model: "user" }) || crypto.randomUUID(),
        },
      },
      setCookie: `${cookie.name}=${signed(token, deps.secret)}; Max-Age=${maxAge}; Path=/; HttpOnly${secure}; SameSite=Lax`,
    };
  };
}
