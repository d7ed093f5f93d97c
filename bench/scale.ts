/**
 * `npm run bench:scale`: the app as a separate process over HTTP, on a data set of 100,000 reports over
 * 20,000 cases with half of them decided (BENCH_SCALE=0.1 of the console bench's plan), on PostgreSQL and
 * SQLite in turn. Closed loops of 50 keep-alive clients (and of one) time the queue page, report intake
 * and bulk decisions; PostgreSQL's own CPU per request is read from /proc. Prints figures beside their
 * targets and the figures measured for Ozone 0.4.2 on the same machine and data shape.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { sql } from "kysely";
import type { DialectName } from "../src/server/platform/db/database.ts";
import { openDatabase } from "../src/server/platform/db/database.ts";
import { migrateToLatest } from "../src/server/platform/db/migrate.ts";
import { type ChildServer, cpuSecondsOf, startRedress } from "./child-server.ts";
import { type BenchDatabase, createBenchDatabase } from "./console-app.ts";
import { DEPARTMENTS, planFor } from "./console-data.ts";
import { loadData } from "./console-load.ts";
import { type LoadResult, type RequestSpec, runLoad } from "./load.ts";
import { printTable, type Row } from "./table.ts";

const SCALE = Number(process.env.BENCH_SCALE || 0.1);
const DIALECTS = (process.env.BENCH_DIALECTS || "postgres,sqlite").split(",") as DialectName[];
const CLIENTS = 50;
const WARMUP_MS = 2_000;
const DURATION_MS = Number(process.env.BENCH_SECONDS || 10) * 1000;
const BULK_SIZE = 50;

interface Session {
  cookie: string;
  origin: string;
}

/** CPU seconds of every PostgreSQL process on this machine (the server's backends do the query work). */
function postgresCpuSeconds(): number {
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres"))
        total += cpuSecondsOf(Number(pid));
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/**
 * How the app reaches PostgreSQL: over loopback TCP each query costs the app a send syscall that does the
 * kernel's whole network path; a Unix socket costs much less (BENCH_DATABASE_URL=…?host=/var/run/postgresql).
 */
function postgresTransport(): string {
  const url = process.env.BENCH_DATABASE_URL ?? "";
  return /[?&]host=\//.test(url) ? "Unix socket" : "TCP (loopback)";
}

interface Measured extends LoadResult {
  appCpuMs: number;
  dbCpuMs: number | null;
}

async function timed(server: ChildServer, dialect: DialectName, load: () => Promise<LoadResult>) {
  const app0 = cpuSecondsOf(server.pid);
  const db0 = dialect === "postgres" ? postgresCpuSeconds() : 0;
  const result = await load();
  const n = result.ok + result.failed;
  const appCpuMs = ((cpuSecondsOf(server.pid) - app0) * 1000) / n;
  const dbCpuMs = dialect === "postgres" ? ((postgresCpuSeconds() - db0) * 1000) / n : null;
  return { ...result, appCpuMs, dbCpuMs } satisfies Measured;
}

function startApp(db: BenchDatabase) {
  return startRedress({
    DATA_DIR: db.dataDir,
    DATABASE_URL: db.url,
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    REDRESS_DEMO: "0",
    RATE_LIMIT_REPORTS_PER_HOUR: "100000000",
    RATE_LIMIT_AUTH_PER_ADDRESS: "1000",
    RUN_WORKER: "0",
  });
}

/** Signs up over HTTP, then makes the account a moderator of every department, as an admin would. */
async function moderatorSession(publicUrl: string, db: BenchDatabase): Promise<Session> {
  const response = await fetch(`${publicUrl}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { origin: publicUrl, "content-type": "application/json" },
    body: JSON.stringify({
      name: "Scale Moderator",
      email: `scale-${crypto.randomBytes(4).toString("hex")}@redress.example`,
      password: "correct-horse-battery",
    }),
  });
  if (!response.ok) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const id = ((await response.json()) as { user: { id: string } }).user.id;
  const handle = openDatabase(db.url);
  try {
    await handle.db.updateTable("user").set({ role: "moderator" }).where("id", "=", id).execute();
    await handle.db
      .insertInto("staff_departments")
      .values(DEPARTMENTS.map((department) => ({ user_id: id, department })))
      .execute();
  } finally {
    await handle.destroy();
  }
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, origin: publicUrl };
}

const get = (path: string, s: Session): RequestSpec => ({
  method: "GET",
  path,
  headers: { cookie: s.cookie },
  body: "",
});

function post(path: string, s: Session | null, payload: unknown): RequestSpec {
  const body = JSON.stringify(payload);
  return {
    method: "POST",
    path,
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      ...(s ? { cookie: s.cookie, origin: s.origin } : {}),
    },
    body,
  };
}

const load = (port: number, concurrency: number, expectStatus: number, request: (n: number) => RequestSpec) =>
  runLoad({
    port,
    concurrency,
    warmupMs: WARMUP_MS,
    durationMs: DURATION_MS,
    maxRequests: 1_000_000,
    expectStatus,
    request,
  });

async function listingUrls(db: BenchDatabase, publicUrl: string): Promise<string[]> {
  const handle = openDatabase(db.url);
  try {
    const rows = await handle.db.selectFrom("listings").select("id").orderBy("id").limit(5_000).execute();
    return rows.map((r) => `${publicUrl}/shop/item/${r.id}`);
  } finally {
    await handle.destroy();
  }
}

/** Open cases in batches of 50 with the event count each decision must name. */
async function bulkBatches(db: BenchDatabase): Promise<{ caseId: string; seenEventCount: number }[][]> {
  const handle = openDatabase(db.url);
  try {
    const rows = await handle.db
      .selectFrom("cases")
      .innerJoin("case_events", "case_events.case_id", "cases.id")
      .select(["cases.id", (eb) => eb.fn.countAll<number>().as("events")])
      .where("cases.status", "=", "open")
      .groupBy("cases.id")
      .orderBy("cases.id")
      .limit(50_000)
      .execute();
    const batches: { caseId: string; seenEventCount: number }[][] = [];
    for (let i = 0; i + BULK_SIZE <= rows.length; i += BULK_SIZE) {
      batches.push(
        rows.slice(i, i + BULK_SIZE).map((r) => ({ caseId: r.id, seenEventCount: Number(r.events) })),
      );
    }
    return batches;
  } finally {
    await handle.destroy();
  }
}

const NO_ACTION = {
  outcome: "no_action",
  reason: "not_violation",
  facts: "The listing was checked against the prohibited items policy and complies with it.",
};

const report = (urls: string[], n: number) => ({
  type: "listing_violation",
  targetUrls: [urls[n % urls.length]!],
  description: "This listing offers prescription painkillers without any prescription.",
  contactEmail: `scale-${n}-${crypto.randomBytes(3).toString("hex")}@example.test`,
  agreement: true,
  details: { violation: "prohibited_goods", prohibitedCategory: "prescription_medicines" },
});

async function benchDialect(dialect: DialectName): Promise<Row[]> {
  const db = await createBenchDatabase(dialect);
  let app: ChildServer | null = null;
  try {
    const handle = openDatabase(db.url);
    await migrateToLatest(handle.db);
    const plan = planFor(SCALE, "http://127.0.0.1");
    plan.decidedBelow = Math.round(plan.cases * 0.5);
    // One target per case, so that the open half never puts two open cases on one target.
    plan.listings = plan.cases;
    plan.stores = plan.cases / 20;
    await loadData(handle.db, plan, dialect);
    if (dialect === "postgres") await sql`vacuum analyze`.execute(handle.db);
    await handle.destroy();
    const started = await startApp(db);
    app = started.server;
    const session = await moderatorSession(started.publicUrl, db);
    const queuePath = "/api/v1/console/cases?limit=50";
    const urls = await listingUrls(db, started.publicUrl);
    const port = app.port;
    const queue50 = await timed(app, dialect, () => load(port, CLIENTS, 200, () => get(queuePath, session)));
    const queue1 = await timed(app, dialect, () => load(port, 1, 200, () => get(queuePath, session)));
    const intake = await timed(app, dialect, () =>
      load(port, CLIENTS, 201, (n) => post("/api/v1/reports", null, report(urls, n))),
    );
    // Read after the intake, which adds events to open cases: each decision names the count it saw.
    const batches = await bulkBatches(db);
    console.log(`${dialect}: ${batches.length} batches of ${BULK_SIZE} open cases to decide`);
    // Each batch can be decided once: no warm-up, and the run ends when the open cases do.
    const bulk = await timed(app, dialect, () =>
      runLoad({
        port,
        concurrency: 10,
        warmupMs: 0,
        durationMs: DURATION_MS,
        maxRequests: batches.length,
        expectStatus: 200,
        request: (n) =>
          post("/api/v1/console/bulk-decision", session, { cases: batches[n], decision: NO_ACTION }),
      }),
    );
    return rowsOf(dialect, plan.reports, plan.cases, { queue50, queue1, intake, bulk });
  } finally {
    await app?.stop();
    await db.drop();
  }
}

function rowsOf(
  dialect: DialectName,
  reports: number,
  cases: number,
  m: { queue50: Measured; queue1: Measured; intake: Measured; bulk: Measured },
): Row[] {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const cpu = (r: Measured) =>
    `app ${r.appCpuMs.toFixed(2)} ms${r.dbCpuMs === null ? "" : `, PostgreSQL ${r.dbCpuMs.toFixed(2)} ms`}`;
  const pg = dialect === "postgres";
  const casesPerSecond = m.bulk.perSecond * BULK_SIZE;
  const rows: Row[] = [
    [
      `${dialect}: data`,
      `${reports.toLocaleString("en")} reports, ${cases.toLocaleString("en")} cases`,
      "",
      "",
    ],
    ...(pg ? ([["  connection", postgresTransport(), "", ""]] as Row[]) : []),
    [
      `queue page, ${CLIENTS} clients`,
      `${m.queue50.perSecond.toFixed(0)} pages/s`,
      pg ? ">= 700/s (Ozone 135-224/s)" : "",
      pg ? m.queue50.perSecond >= 700 : "",
    ],
    ["  p50 / p99", `${ms(m.queue50.p50)} / ${ms(m.queue50.p99)}`, "", ""],
    ["  CPU per page", cpu(m.queue50), pg ? "(Ozone 2.2 ms PostgreSQL)" : "", ""],
    [
      "queue page, one client: p50",
      ms(m.queue1.p50),
      pg ? "< 5 ms (Ozone 7-11 ms)" : "",
      pg ? m.queue1.p50 < 5 : "",
    ],
    [
      `intake, ${CLIENTS} clients`,
      `${m.intake.perSecond.toFixed(0)} reports/s`,
      pg ? ">= 1,000/s (Ozone 180-307/s)" : "",
      pg ? m.intake.perSecond >= 1000 : "",
    ],
    [
      "  p50 / p99",
      `${ms(m.intake.p50)} / ${ms(m.intake.p99)}`,
      pg ? "" : "p99 < 50 ms",
      pg ? "" : m.intake.p99 < 50,
    ],
    ["  CPU per report", cpu(m.intake), "", ""],
    [
      `bulk decisions, ${BULK_SIZE} cases per call`,
      `${casesPerSecond.toFixed(0)} cases/s`,
      pg ? ">= 500 cases/s" : "",
      pg ? casesPerSecond >= 500 : "",
    ],
    [
      "  CPU per case",
      cpu({
        ...m.bulk,
        appCpuMs: m.bulk.appCpuMs / BULK_SIZE,
        dbCpuMs: m.bulk.dbCpuMs === null ? null : m.bulk.dbCpuMs / BULK_SIZE,
      }),
      "",
      "",
    ],
  ];
  for (const [name, r] of Object.entries(m)) {
    rows.push([`  ${name} errors`, `${r.failed} of ${r.ok + r.failed}`, "0", r.failed === 0]);
    if (r.firstError) console.log(`first ${dialect} ${name} error: ${r.firstError}`);
  }
  return rows;
}

async function main() {
  console.log(
    `scale bench: BENCH_SCALE=${SCALE}, ${DURATION_MS / 1000} s per figure after ${WARMUP_MS / 1000} s warm-up`,
  );
  const rows: Row[] = [];
  for (const dialect of DIALECTS) rows.push(...(await benchDialect(dialect)));
  printTable(rows);
}

await main();
