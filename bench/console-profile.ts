/**
 * Finding out why a figure is slow: a Kysely plugin records the SQL and parameters of every query the
 * app runs while switched on; each distinct read is then timed on its own (the app runs some queries
 * side by side, which on SQLite's single connection would blur the times) and the slowest are
 * explained with their real parameters.
 */
import {
  CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";
import type { DatabaseHandle } from "../src/server/platform/db/database.ts";
import { percentile } from "./load.ts";

interface Captured {
  sql: string;
  parameters: readonly unknown[];
  count: number;
}

export class QueryRecorder implements KyselyPlugin {
  private on = false;
  private readonly seen = new Map<string, Captured>();
  private compile: ((node: RootOperationNode) => CompiledQuery) | null = null;

  attach(handle: DatabaseHandle) {
    let n = 0;
    this.compile = (node) => handle.db.getExecutor().compileQuery(node, { queryId: `recorder-${n++}` });
  }

  start() {
    this.seen.clear();
    this.on = true;
  }

  stop(): Captured[] {
    this.on = false;
    return [...this.seen.values()];
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.on && this.compile) {
      const compiled = this.compile(args.node);
      const known = this.seen.get(compiled.sql);
      if (known) known.count++;
      // The first parameters seen for each statement are kept: those of a real request.
      else this.seen.set(compiled.sql, { sql: compiled.sql, parameters: compiled.parameters, count: 1 });
    }
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

export interface QueryCost {
  sql: string;
  parameters: readonly unknown[];
  perRequest: number;
  p50Ms: number;
}

const isRead = (sql: string) => /^\s*(select|with)\b/i.test(sql);

export interface Costs {
  /** Statements (reads and writes) per request. */
  statements: number;
  reads: number;
  /** The reads' own times added up, per request. */
  readMs: number;
  /** Each distinct read, the costliest per request first. */
  queries: QueryCost[];
}

/** Runs each distinct read alone a few times (writes are counted, not repeated). */
export async function costOf(handle: DatabaseHandle, captured: Captured[], requests: number): Promise<Costs> {
  const queries: QueryCost[] = [];
  for (const q of captured.filter((c) => isRead(c.sql))) {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await handle.db.executeQuery(CompiledQuery.raw(q.sql, [...q.parameters]));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    queries.push({
      sql: q.sql,
      parameters: q.parameters,
      perRequest: q.count / requests,
      p50Ms: percentile(times, 50),
    });
  }
  queries.sort((a, b) => b.p50Ms * b.perRequest - a.p50Ms * a.perRequest);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    statements: sum(captured.map((c) => c.count)) / requests,
    reads: sum(queries.map((q) => q.perRequest)),
    readMs: sum(queries.map((q) => q.p50Ms * q.perRequest)),
    queries,
  };
}

/** EXPLAIN QUERY PLAN on SQLite, EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, with the query's parameters. */
export async function explain(handle: DatabaseHandle, sql: string, parameters: readonly unknown[]) {
  const prefix = handle.dialect === "sqlite" ? "explain query plan " : "explain (analyze, buffers) ";
  const result = await handle.db.executeQuery<Record<string, unknown>>(
    CompiledQuery.raw(prefix + sql, [...parameters]),
  );
  if (handle.dialect === "postgres") return result.rows.map((r) => String(r["QUERY PLAN"]));
  // SQLite: id, parent, detail; indent each step under its parent.
  const depth = new Map<number, number>([[0, 0]]);
  return result.rows.map((r) => {
    const level = (depth.get(Number(r.parent)) ?? 0) + 1;
    depth.set(Number(r.id), level);
    return `${"  ".repeat(level - 1)}${String(r.detail)}`;
  });
}

/** A query's text on one line, with its parameters, short enough to read in a report. */
export function describeQuery(sql: string, parameters: readonly unknown[], max = 600): string {
  const oneLine = sql.replace(/\s+/g, " ").trim();
  const shown = oneLine.length > max ? `${oneLine.slice(0, max)} …` : oneLine;
  const params = parameters.map((p) => (typeof p === "string" ? `'${p}'` : String(p))).join(", ");
  return `${shown}\n      parameters: [${params}]`;
}
