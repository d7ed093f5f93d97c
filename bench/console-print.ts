/** The console bench's output: data sizes, one table per dialect, explanations of misses, a summary. */
import type { DatabaseHandle, DialectName } from "../src/server/platform/db/database.ts";
import type { LoadResult } from "./console-load.ts";
import { type Figure, p } from "./console-measure.ts";
import type { Picks } from "./console-picks.ts";
import { costOf, describeQuery, explain, type QueryRecorder } from "./console-profile.ts";
import { printTable, type Row } from "./table.ts";

const fmt = (n: number) => n.toLocaleString("en-US");
const ms = (v: number) => (Number.isNaN(v) ? "–" : v.toFixed(1));
const NAMES: Record<DialectName, string> = { sqlite: "SQLite", postgres: "PostgreSQL" };

const missed = (f: Figure) => f.failed > 0 || f.latencies.length === 0 || p(f, 95) >= f.targetMs;

export interface DialectFigures {
  dialect: DialectName;
  version: string;
  counts: Map<string, number>;
  bytes: number;
  load: LoadResult;
  picks: Picks;
  figures: Figure[];
  scale: number;
}

export function printFigures(r: DialectFigures) {
  const c = (t: string) => fmt(r.counts.get(t) ?? 0);
  console.log(`== ${NAMES[r.dialect]} (${r.version}) ==`);
  if (r.scale !== 1)
    console.log(`NOTE: BENCH_SCALE=${r.scale}: the data set is scaled down from the stated sizes`);
  console.log(
    `data: ${c("reports")} reports in ${c("cases")} cases (${fmt(r.picks.openTotal)} open or needs_info, ` +
      `${fmt(r.picks.twentyOpen)} of them open with 20 reports), ${c("stores")} stores, ${c("listings")} listings, ` +
      `${c("user")} users; database ${(r.bytes / 1024 ** 3).toFixed(2)} GB`,
  );
  console.log(
    `rows: ${[...r.counts].map(([t, n]) => `${t} ${fmt(n)}`).join(", ")}; the moderator holds ${r.picks.claimed} claims`,
  );
  const steps = [...r.load.steps]
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 6)
    .map((s) => `${s.name} ${s.seconds.toFixed(1)} s`)
    .join(", ");
  console.log(`load: ${r.load.seconds.toFixed(1)} s, set-based SQL then ANALYZE (longest steps: ${steps})\n`);
  const rows: Row[] = r.figures.map((f) => [
    f.name,
    `${ms(p(f, 50))} / ${ms(p(f, 95))} / ${ms(p(f, 99))} ms (n=${f.latencies.length}${f.failed ? `, ${f.failed} failed` : ""})`,
    `p95 < ${f.targetMs} ms`,
    !missed(f),
  ]);
  console.log("value: p50 / p95 / p99 of the answer time, one request at a time");
  printTable(rows);
  for (const f of r.figures) if (f.firstError) console.log(`first error of "${f.name}": ${f.firstError}`);
  console.log("");
}

/** For each missed figure (or all): the reads of a few of its requests, each timed alone, and the plan of the slowest. */
export async function diagnose(
  handle: DatabaseHandle,
  recorder: QueryRecorder,
  figures: Figure[],
  all: boolean,
) {
  const replays = 5;
  for (const f of figures.filter((x) => all || missed(x))) {
    recorder.start();
    await f.replay(replays);
    const costs = await costOf(handle, recorder.stop(), replays);
    const why = missed(f) ? `misses its target (p95 ${ms(p(f, 95))} ms)` : `(p95 ${ms(p(f, 95))} ms)`;
    console.log(
      `-- ${NAMES[handle.dialect]}: "${f.name}" ${why}: per request ${costs.statements.toFixed(0)} statements ` +
        `(${costs.reads.toFixed(0)} reads, taking ${ms(costs.readMs)} ms when each is run alone); the costliest reads:`,
    );
    for (const q of costs.queries.slice(0, 3)) {
      console.log(
        `   ${ms(q.p50Ms)} ms × ${q.perRequest.toFixed(1)} per request: ${describeQuery(q.sql, q.parameters)}`,
      );
    }
    const slowest = costs.queries[0];
    if (slowest) {
      console.log(
        `   plan of the costliest (${handle.dialect === "sqlite" ? "EXPLAIN QUERY PLAN" : "EXPLAIN ANALYZE"}):`,
      );
      for (const line of await explain(handle, slowest.sql, slowest.parameters)) console.log(`     ${line}`);
    }
    console.log("");
  }
}

export function printSummary(results: Map<DialectName, Figure[]>) {
  if (results.size === 0) return;
  const dialects = [...results.keys()];
  const first = results.get(dialects[0]!)!;
  console.log(`== console summary: p95 per figure (${dialects.map((d) => NAMES[d]).join(" / ")}) ==`);
  const rows: Row[] = first.map((f, i) => {
    const same = dialects.map((d) => results.get(d)![i]!);
    return [
      f.name.replace(/ \(\d+ items\)$/, ""),
      same.map((g) => `${ms(p(g, 95))} ms`).join(" / "),
      `< ${f.targetMs} ms`,
      same.every((g) => !missed(g)),
    ];
  });
  printTable(rows);
  console.log("");
}
