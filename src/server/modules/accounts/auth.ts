import { betterAuth } from "better-auth";
import type { Clock } from "../../platform/clock.ts";
import type { Db, DialectName } from "../../platform/db/database.ts";
import { trustedOriginsFor } from "../../platform/http/origins.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";

export const STAFF_ROLES = ["moderator", "senior_moderator", "admin"] as const;
export type Role = "member" | (typeof STAFF_ROLES)[number];

interface AuthDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
  secret: string;
  publicUrl: string;
}

/** better-auth on our own database; its mails go through the outbox like every other side effect. */
export function createAuth({ db, dialect, clock, secret, publicUrl }: AuthDeps) {
  const mailTo =
    (template: "password-reset" | "verify-email") =>
    async ({ user, url }: { user: { id: string; email: string; name: string }; url: string }) => {
      await enqueue(db, clock, {
        topic: "mail.send",
        dedupeKey: `mail:${template}:${user.id}:${clock.now().toISOString()}`,
        payload: mailMessage(template, user.email, { name: user.name, url }),
      });
    };
  return betterAuth({
    appName: "Redress",
    baseURL: publicUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: trustedOriginsFor(publicUrl),
    database: { db, type: dialect },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "member", input: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      autoSignIn: true,
      sendResetPassword: mailTo("password-reset"),
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: mailTo("verify-email"),
    },
    // Attempts are limited in auth.limits.ts, per account and address, in the database, in every mode:
    // better-auth's own limiter runs in production only and believes any X-Forwarded-For.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
