/**
 * `npm run bench:console` (and the second half of `npm run bench`): the moderation console at scale.
 * For SQLite and PostgreSQL in turn: a throw-away database bulk-loaded with 1,000,000 reports in 200,000
 * cases, the real app built in-process on it, and the queue, case page and decision timed with
 * app.inject. Figures that miss their target are explained: the slowest queries and their plans.
 * BENCH_SCALE (default 1) shrinks the data; BENCH_DIALECTS=sqlite|postgres runs one; BENCH_EXPLAIN=all
 * explains every figure.
 */
import fs from "node:fs";
import os from "node:os";
import { sql } from "kysely";
import pg from "pg";
import { type DialectName, openDatabase } from "../src/server/platform/db/database.ts";
import { migrateToLatest } from "../src/server/platform/db/migrate.ts";
import { type BenchDatabase, createBenchDatabase, PUBLIC_URL, startBenchApp } from "./console-app.ts";
import { planFor } from "./console-data.ts";
import { type LoadResult, loadData } from "./console-load.ts";
import {
  casePageSpec,
  decideSpec,
  type Figure,
  measure,
  queueSpecs,
  type Sampling,
} from "./console-measure.ts";
import { pickCases, rowCounts } from "./console-picks.ts";
import { diagnose, printFigures, printSummary } from "./console-print.ts";

const SCALE = Number(process.env.BENCH_SCALE || 1);
const DIALECTS = (process.env.BENCH_DIALECTS || "sqlite,postgres").split(",") as DialectName[];
const EXPLAIN_ALL = process.env.BENCH_EXPLAIN === "all";
const SAMPLING: Sampling = { warmup: 20, samples: 200, budgetMs: 60_000 };
/** Whatever happens, the bench ends and cleans up within this time. */
const WATCHDOG_MS = 50 * 60_000;

const cleanups = new Set<() => Promise<void>>();
async function cleanUp() {
  for (const fn of [...cleanups]) {
    cleanups.delete(fn);
    await fn().catch((e) => console.error(`cleanup failed: ${e}`));
  }
}

function machineLine(): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown cpu";
  const memGb = (os.totalmem() / 1024 ** 3).toFixed(0);
  const load = os.loadavg()[0]!.toFixed(1);
  return `machine: ${cpu}, ${os.availableParallelism()} cores, ${memGb} GB, node ${process.version}, load average ${load} at start`;
}

async function postgresAnswers(): Promise<boolean> {
  const url = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function load(db: BenchDatabase): Promise<{ result: LoadResult; version: string }> {
  const handle = openDatabase(db.url);
  try {
    await migrateToLatest(handle.db);
    const { rows } = await (db.dialect === "sqlite"
      ? sql<{ v: string }>`select 'SQLite ' || sqlite_version() as v`
      : sql<{ v: string }>`select split_part(version(), ' on ', 1) as v`
    ).execute(handle.db);
    const result = await loadData(handle.db, planFor(SCALE, PUBLIC_URL), db.dialect);
    return { result, version: rows[0]?.v ?? db.dialect };
  } finally {
    await handle.destroy();
  }
}

async function benchDialect(dialect: DialectName): Promise<Figure[]> {
  const db = await createBenchDatabase(dialect);
  cleanups.add(db.drop);
  try {
    const { result, version } = await load(db);
    const bench = await startBenchApp(db);
    try {
      const picks = await pickCases(bench.handle, bench.moderator.id);
      const counts = await rowCounts(bench.handle);
      const bytes = await db.size(bench.handle);
      const twenty = picks.twentyReportCases;
      const figures = await measure(
        bench,
        [
          ...(await queueSpecs(bench)),
          casePageSpec(bench, "open case, any size", picks.openCases),
          casePageSpec(
            bench,
            "open case with 20 reports",
            twenty.map((c) => c.id),
          ),
          decideSpec(bench, twenty),
        ],
        SAMPLING,
      );
      printFigures({ dialect, version, counts, bytes, load: result, picks, figures, scale: SCALE });
      await diagnose(bench.handle, bench.recorder, figures, EXPLAIN_ALL);
      return figures;
    } finally {
      await bench.close();
    }
  } finally {
    cleanups.delete(db.drop);
    await db.drop();
  }
}

async function main() {
  const watchdog = setTimeout(() => {
    console.error(`console bench: still running after ${WATCHDOG_MS / 60_000} min, stopping`);
    cleanUp().finally(() => process.exit(1));
  }, WATCHDOG_MS);
  watchdog.unref();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      cleanUp().finally(() => process.exit(130));
    });
  }
  console.log(`\n${machineLine()}`);
  console.log(
    "console bench: one request at a time through app.inject (in-process: no network, no HTTP parsing), the figures\n" +
      `in turn; ${SAMPLING.samples} samples per figure after ${SAMPLING.warmup} warm-up requests (fewer when a figure has taken ` +
      `${SAMPLING.budgetMs / 1000} s in all); the moderator works all 4 departments\n`,
  );
  const results = new Map<DialectName, Figure[]>();
  try {
    for (const dialect of DIALECTS) {
      if (dialect === "postgres" && !(await postgresAnswers())) {
        console.log("PostgreSQL does not answer at 127.0.0.1:5432: its figures are skipped.\n");
        continue;
      }
      results.set(dialect, await benchDialect(dialect));
    }
    printSummary(results);
  } finally {
    clearTimeout(watchdog);
    await cleanUp();
  }
}

await main();
