/** What the page benches share: following a list to a deep page, and a figure's row in the table. */
import type { InjectOptions } from "fastify";
import { type DialectName, openDatabase } from "../src/server/platform/db/database.ts";
import { migrateToLatest } from "../src/server/platform/db/migrate.ts";
import { type BenchApp, type BenchDatabase, createBenchDatabase, startBenchApp } from "./console-app.ts";
import { type Figure, p } from "./console-measure.ts";
import { printTable, type Row } from "./table.ts";

/** A GET as `cookie` (empty: a guest). */
export const get = (cookie: string, url: string): InjectOptions => ({
  method: "GET",
  url,
  headers: cookie ? { cookie } : {},
});

/** The cursor of page `page` of a list, following nextCursor from the first page. */
export async function cursorOf(b: BenchApp, cookie: string, url: string, page: number): Promise<string> {
  let cursor = "";
  for (let n = 1; n < page; n++) {
    const res = await b.app.inject(get(cookie, `${url}${cursor ? `&cursor=${cursor}` : ""}`));
    const next = (res.json() as { nextCursor: string | null }).nextCursor;
    if (!next) break;
    cursor = next;
  }
  return cursor;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** p50 / p95 / p99 of a figure against its p95 target, failures said beside them. */
export const figureRow = (f: Figure): Row => [
  f.name,
  `${ms(p(f, 50))} / ${ms(p(f, 95))} / ${ms(p(f, 99))}${f.failed ? ` (${f.failed} failed: ${f.firstError})` : ""}`,
  `p95 < ${f.targetMs} ms`,
  p(f, 95) < f.targetMs && f.failed === 0,
];

/** A throw-away database of the dialect, migrated, with the real app on it; dropped once `use` is done. */
export async function onBenchApp<T>(
  dialect: DialectName,
  use: (bench: BenchApp, db: BenchDatabase) => Promise<T>,
): Promise<T> {
  const db = await createBenchDatabase(dialect);
  try {
    const handle = openDatabase(db.url);
    await migrateToLatest(handle.db);
    await handle.destroy();
    const bench = await startBenchApp(db);
    try {
      return await use(bench, db);
    } finally {
      await bench.close();
    }
  } finally {
    await db.drop();
  }
}

/** Runs a page bench on each dialect in turn and prints one table of its figures. */
export async function printPageBench(name: string, benchDialect: (dialect: DialectName) => Promise<Row[]>) {
  const dialects = (process.env.BENCH_DIALECTS || "sqlite,postgres").split(",") as DialectName[];
  console.log(
    `\n${name} bench: p50 / p95 / p99 per figure, one request at a time through app.inject (in-process)\n`,
  );
  const rows: Row[] = [];
  for (const dialect of dialects) rows.push(...(await benchDialect(dialect)));
  printTable(rows);
}
