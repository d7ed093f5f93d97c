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

/** On a local install, the same app is reached as localhost and as 127.0.0.1: both may sign in. */
function trustedOriginsFor(publicUrl: string): string[] {
  const url = new URL(publicUrl);
  if (url.hostname !== "localhost" && url.hostname !== "127.0.0.1") return [publicUrl];
  const port = url.port ? `:${url.port}` : "";
  return [`${url.protocol}//localhost${port}`, `${url.protocol}//127.0.0.1${port}`];
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
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
