import { betterAuth } from "better-auth";
import type { Clock } from "../../platform/clock.ts";
import type { Db, DialectName } from "../../platform/db/database.ts";
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
  return betterAuth({
    appName: "Redress",
    baseURL: publicUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [publicUrl],
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
      sendResetPassword: async ({ user, url }) => {
        await enqueue(db, clock, {
          topic: "mail.send",
          dedupeKey: `mail:password-reset:${user.id}:${clock.now().toISOString()}`,
          payload: mailMessage("password-reset", user.email, { name: user.name, url }),
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }) => {
        await enqueue(db, clock, {
          topic: "mail.send",
          dedupeKey: `mail:verify-email:${user.id}:${clock.now().toISOString()}`,
          payload: mailMessage("verify-email", user.email, { name: user.name, url }),
        });
      },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
