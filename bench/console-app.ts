/**
 * A throw-away database per dialect (a temp DATA_DIR for SQLite, a fresh `redress_bench_<random>` for
 * PostgreSQL), and the real app built in-process on it, with a moderator who works all four departments.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import pg from "pg";
import { buildApp } from "../src/server/app.ts";
import { systemClock } from "../src/server/platform/clock.ts";
import { type Config, defaultUrlPatterns } from "../src/server/platform/config.ts";
import { type DatabaseHandle, type DialectName, openDatabase } from "../src/server/platform/db/database.ts";
import { newId } from "../src/server/platform/ids.ts";
import { createMailer, type Mailer } from "../src/server/platform/mail/mailer.ts";
import { DEPARTMENTS } from "./console-data.ts";
import { QueryRecorder } from "./console-profile.ts";

const ADMIN_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
export const PUBLIC_URL = "http://localhost:3000";

export interface BenchDatabase {
  dialect: DialectName;
  url: string;
  dataDir: string;
  /** Bytes on disk, for the figures. */
  size(handle: DatabaseHandle): Promise<number>;
  drop(): Promise<void>;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createBenchDatabase(dialect: DialectName): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redress-bench-console-"));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (dialect === "sqlite") {
    const file = path.join(dataDir, "redress.sqlite");
    return {
      dialect,
      url: `sqlite://${file}`,
      dataDir,
      size: async () =>
        [file, `${file}-wal`].reduce((sum, f) => sum + (fs.existsSync(f) ? fs.statSync(f).size : 0), 0),
      drop: async () => removeDir(),
    };
  }
  const name = `redress_bench_${crypto.randomBytes(6).toString("hex")}`;
  try {
    await admin((c) => c.query(`create database ${name}`));
  } catch (error) {
    removeDir();
    throw error;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    dialect,
    url: url.toString(),
    dataDir,
    size: async (handle) => {
      const { rows } = await sql<{
        bytes: number;
      }>`select pg_database_size(current_database()) as bytes`.execute(handle.db);
      return Number(rows[0]?.bytes ?? 0);
    },
    drop: async () => {
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
      removeDir();
    },
  };
}

export interface BenchApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  recorder: QueryRecorder;
  moderator: { id: string; cookie: string };
  close(): Promise<void>;
}

function configFor(db: BenchDatabase): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir: db.dataDir,
    databaseUrl: db.url,
    publicUrl: PUBLIC_URL,
    smtpUrl: null,
    mailFrom: "Redress <no-reply@redress.test>",
    demo: false,
    authSecret: crypto.randomBytes(32).toString("base64url"),
    reportsPerHour: 1000,
    slaHours: 48,
    priorityLaneSlaHours: 24,
    queueCountsMaxAgeSeconds: 5,
    catalogUrlPatterns: defaultUrlPatterns(PUBLIC_URL),
    runWorker: false,
    logLevel: "silent",
    logFormat: "json",
    production: false,
    devMailbox: true,
    trustProxy: [],
    authAttemptsPerAccount: 1000,
    authAttemptsPerAddress: 100_000,
    authWindowMinutes: 15,
    requestTimeoutSeconds: 120,
    headersTimeoutSeconds: 20,
    idleTimeoutSeconds: 30,
    keepAliveTimeoutSeconds: 5,
    metricsToken: null,
  };
}

/** Signs up over HTTP as a person would, then gives the account its role and departments. */
export async function signUpAs(
  app: FastifyInstance,
  handle: DatabaseHandle,
  who: { name: string; role: string; departments: string[] },
) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-up/email",
    headers: { origin: PUBLIC_URL, "content-type": "application/json" },
    payload: {
      name: who.name,
      email: `bench-${who.role}-${newId().slice(-8)}@redress.example`,
      password: "correct-horse-battery",
    },
  });
  if (response.statusCode !== 200) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  const id = (response.json() as { user: { id: string } }).user.id;
  await handle.db.updateTable("user").set({ role: who.role }).where("id", "=", id).execute();
  if (who.departments.length > 0)
    await handle.db
      .insertInto("staff_departments")
      .values(who.departments.map((department) => ({ user_id: id, department })))
      .execute();
  const cookie = [response.headers["set-cookie"]]
    .flat()
    .filter((c): c is string => typeof c === "string")
    .map((c) => c.split(";")[0])
    .join("; ");
  return { id, cookie };
}

const signUpModerator = (app: FastifyInstance, handle: DatabaseHandle) =>
  signUpAs(app, handle, { name: "Bench Moderator", role: "moderator", departments: [...DEPARTMENTS] });

/** The app as main.ts builds it (no worker: the outbox just fills), on a fresh connection with its own pragmas. */
export async function startBenchApp(db: BenchDatabase): Promise<BenchApp> {
  const config = configFor(db);
  const handle = openDatabase(db.url);
  const recorder = new QueryRecorder();
  recorder.attach(handle);
  let mailer: Mailer | null = null;
  let app: FastifyInstance | null = null;
  try {
    mailer = createMailer(config);
    const database = { ...handle, db: handle.db.withPlugin(recorder) };
    app = (await buildApp({ config, database, clock: systemClock, mailer })).app;
    const moderator = await signUpModerator(app, handle);
    const [a, m] = [app, mailer];
    return {
      app: a,
      handle,
      recorder,
      moderator,
      async close() {
        await a.close();
        await m.close();
        await handle.destroy();
      },
    };
  } catch (error) {
    await app?.close();
    await mailer?.close();
    await handle.destroy();
    throw error;
  }
}
