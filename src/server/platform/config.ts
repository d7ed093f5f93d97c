import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  demo: boolean;
  authSecret: string;
  reportsPerHour: number;
  slaHours: number;
  priorityLaneSlaHours: number;
  /** Patterns like `https://shop.example/item/{listing}`: how pasted links resolve to catalog entries. */
  catalogUrlPatterns: string[];
  runWorker: boolean;
  logLevel: string;
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

/** A secret kept in the data directory, so that sessions survive restarts without any setup. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function defaultUrlPatterns(publicUrl: string): string[] {
  return [`${publicUrl}/shop/item/{listing}`, `${publicUrl}/shop/store/{store}`];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom(env.PORT, 3000, "PORT");
  const dataDir = path.resolve(env.DATA_DIR || "./data");
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  return {
    port,
    host: env.HOST || "0.0.0.0",
    dataDir,
    databaseUrl: env.DATABASE_URL || `sqlite://${path.join(dataDir, "redress.sqlite")}`,
    publicUrl,
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.MAIL_FROM || "Redress <no-reply@redress.test>",
    demo: flag(env.REDRESS_DEMO, true),
    authSecret: env.AUTH_SECRET || persistentSecret(dataDir),
    reportsPerHour: intFrom(env.RATE_LIMIT_REPORTS_PER_HOUR, 20, "RATE_LIMIT_REPORTS_PER_HOUR"),
    slaHours: intFrom(env.SLA_HOURS, 48, "SLA_HOURS"),
    priorityLaneSlaHours: intFrom(env.SLA_PRIORITY_HOURS, 24, "SLA_PRIORITY_HOURS"),
    catalogUrlPatterns: env.CATALOG_URL_PATTERNS
      ? env.CATALOG_URL_PATTERNS.split(",")
          .map((p) => p.trim())
          .filter(Boolean)
      : defaultUrlPatterns(publicUrl),
    runWorker: flag(env.RUN_WORKER, true),
    logLevel: env.LOG_LEVEL || "info",
  };
}
