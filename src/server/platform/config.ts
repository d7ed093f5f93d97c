import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dialectOf } from "./db/database.ts";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  demo: boolean;
  /** Empty on PostgreSQL without AUTH_SECRET: startupCheck refuses to start then. */
  authSecret: string;
  reportsPerHour: number;
  slaHours: number;
  priorityLaneSlaHours: number;
  /** How long the queue's per-department counts are reused before they are counted again; 0: always. */
  queueCountsMaxAgeSeconds: number;
  /** Patterns like `https://shop.example/item/{listing}`: how pasted links resolve to catalog entries. */
  catalogUrlPatterns: string[];
  runWorker: boolean;
  logLevel: string;
  /** `pretty`: one readable line per event, for a terminal; `json`: one JSON object per line, for log collectors. */
  logFormat: "pretty" | "json";
  /** NODE_ENV=production. */
  production: boolean;
  /** Mail kept in DATA_DIR/mailbox and shown at /dev/mailbox instead of sent: development only. */
  devMailbox: boolean;
  /** Proxies whose X-Forwarded-* headers are believed (addresses, CIDRs or proxy-addr names); none by default. */
  trustProxy: string[];
  /** Sign-in, sign-up and password-reset attempts per window: per account (email) and per client address. */
  authAttemptsPerAccount: number;
  authAttemptsPerAddress: number;
  authWindowMinutes: number;
  /** Slow clients: the whole request, its headers, an idle socket, an idle keep-alive connection. */
  requestTimeoutSeconds: number;
  headersTimeoutSeconds: number;
  idleTimeoutSeconds: number;
  keepAliveTimeoutSeconds: number;
  /** A bearer token for /metrics; without it, /metrics answers only on the loopback address. */
  metricsToken: string | null;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return !["0", "false", "no", "off"].includes(value.toLowerCase());
}

/**
 * A secret kept in the data directory, so that sessions survive restarts without any setup. Only for
 * SQLite: instances on one PostgreSQL each have their own data directory, and a session signed by one
 * would not open on another.
 */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function listFrom(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * What keeps the app from starting, and what it must say loudly when it does. The dev mailbox is for
 * development only: never with NODE_ENV=production. Without any way to send mail the app does not start,
 * rather than silently losing password resets and report receipts. On PostgreSQL, where several
 * instances may share the database, it does not start without AUTH_SECRET, in any mode.
 */
export function startupCheck(config: Config): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (config.devMailbox && config.production)
    errors.push("DEV_MAILBOX cannot be on with NODE_ENV=production: set SMTP_URL to send mail.");
  if (config.devMailbox && config.smtpUrl)
    errors.push("Set either SMTP_URL (send mail) or DEV_MAILBOX=1 (keep mail in a local mailbox), not both.");
  if (!config.devMailbox && !config.smtpUrl)
    errors.push(
      config.production
        ? "No way to send mail: set SMTP_URL (e.g. smtp://user:pass@mail.example.com:587). Redress does not start in production without it: password resets and report receipts would be lost."
        : "No way to send mail: set SMTP_URL, or DEV_MAILBOX=1 to keep mail in the development mailbox.",
    );
  if (!config.authSecret && dialectOf(config.databaseUrl) === "postgres")
    errors.push(
      "AUTH_SECRET is not set: on PostgreSQL every instance must sign sessions with the same secret. " +
        "Set one, the same for every instance, e.g. AUTH_SECRET=$(openssl rand -base64 32).",
    );
  if (config.devMailbox)
    warnings.push(
      "DEVELOPMENT MAILBOX IS ON: mail is not sent but kept in DATA_DIR/mailbox and shown at /dev/mailbox " +
        "(to this machine and to admins). Never run like this for real users: set NODE_ENV=production and SMTP_URL.",
    );
  return { errors, warnings };
}

/** JSON in production and when output goes to a file or a collector; readable lines in a terminal. */
function logFormatFrom(value: string | undefined, production: boolean): "pretty" | "json" {
  if (value === "pretty" || value === "json") return value;
  if (value) throw new Error(`LOG_FORMAT must be "pretty" or "json", got "${value}"`);
  return !production && process.stdout.isTTY ? "pretty" : "json";
}

export function defaultUrlPatterns(publicUrl: string): string[] {
  return [`${publicUrl}/shop/item/{listing}`, `${publicUrl}/shop/store/{store}`];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom(env.PORT, 3000, "PORT");
  const dataDir = path.resolve(env.DATA_DIR || "./data");
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  const smtpUrl = env.SMTP_URL || null;
  const production = env.NODE_ENV === "production";
  const databaseUrl = env.DATABASE_URL || `sqlite://${path.join(dataDir, "redress.sqlite")}`;
  const sharedDatabase = dialectOf(databaseUrl) === "postgres";
  return {
    port,
    host: env.HOST || "0.0.0.0",
    dataDir,
    databaseUrl,
    publicUrl,
    smtpUrl,
    mailFrom: env.MAIL_FROM || "Redress <no-reply@redress.test>",
    demo: flag(env.REDRESS_DEMO, true),
    authSecret: env.AUTH_SECRET || (sharedDatabase ? "" : persistentSecret(dataDir)),
    reportsPerHour: intFrom(env.RATE_LIMIT_REPORTS_PER_HOUR, 20, "RATE_LIMIT_REPORTS_PER_HOUR"),
    slaHours: intFrom(env.SLA_HOURS, 48, "SLA_HOURS"),
    priorityLaneSlaHours: intFrom(env.SLA_PRIORITY_HOURS, 24, "SLA_PRIORITY_HOURS"),
    queueCountsMaxAgeSeconds: intFrom(env.QUEUE_COUNTS_MAX_AGE_SECONDS, 5, "QUEUE_COUNTS_MAX_AGE_SECONDS"),
    catalogUrlPatterns: env.CATALOG_URL_PATTERNS
      ? listFrom(env.CATALOG_URL_PATTERNS)
      : defaultUrlPatterns(publicUrl),
    runWorker: flag(env.RUN_WORKER, true),
    logLevel: env.LOG_LEVEL || "info",
    logFormat: logFormatFrom(env.LOG_FORMAT, production),
    production,
    // Development mode by default only outside production and without SMTP; startupCheck refuses the rest.
    devMailbox: flag(env.DEV_MAILBOX, !production && !smtpUrl),
    trustProxy: listFrom(env.TRUST_PROXY),
    authAttemptsPerAccount: intFrom(env.RATE_LIMIT_AUTH_PER_ACCOUNT, 10, "RATE_LIMIT_AUTH_PER_ACCOUNT"),
    authAttemptsPerAddress: intFrom(env.RATE_LIMIT_AUTH_PER_ADDRESS, 30, "RATE_LIMIT_AUTH_PER_ADDRESS"),
    authWindowMinutes: intFrom(env.RATE_LIMIT_AUTH_WINDOW_MINUTES, 15, "RATE_LIMIT_AUTH_WINDOW_MINUTES"),
    requestTimeoutSeconds: intFrom(env.REQUEST_TIMEOUT_SECONDS, 120, "REQUEST_TIMEOUT_SECONDS"),
    headersTimeoutSeconds: intFrom(env.HEADERS_TIMEOUT_SECONDS, 20, "HEADERS_TIMEOUT_SECONDS"),
    idleTimeoutSeconds: intFrom(env.IDLE_TIMEOUT_SECONDS, 60, "IDLE_TIMEOUT_SECONDS"),
    keepAliveTimeoutSeconds: intFrom(env.KEEP_ALIVE_TIMEOUT_SECONDS, 72, "KEEP_ALIVE_TIMEOUT_SECONDS"),
    metricsToken: env.METRICS_TOKEN || null,
  };
}
