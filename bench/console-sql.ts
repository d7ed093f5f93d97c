/**
 * SQL expression builders for the bulk load, one per dialect: the load is set-based SQL (INSERT … SELECT
 * over a sequence table), so ids, timestamps and JSON are made by the database in the app's own formats.
 */
import type { DialectName } from "../src/server/platform/db/database.ts";

export interface SqlDialect {
  name: DialectName;
  /** Zero-padded lower-case hexadecimal of a non-negative integer. */
  hex(expr: string, width: number): string;
  /** ISO-8601 UTC text with milliseconds (as Date.toISOString writes it) of epoch milliseconds. */
  iso(msExpr: string): string;
  least(a: string, b: string): string;
  bool(value: boolean): string;
  /** better-auth's own date columns: text on SQLite, timestamptz on PostgreSQL. */
  authTime(isoExpr: string): string;
  /** 64-bit integer arithmetic (PostgreSQL's integer is 32-bit). */
  big(expr: string): string;
  /** A table for the load's own bookkeeping, dropped when the load ends. */
  helperTable: string;
}

const sqlite: SqlDialect = {
  name: "sqlite",
  hex: (expr, width) => `printf('%0${width}x', ${expr})`,
  iso: (ms) => `strftime('%Y-%m-%dT%H:%M:%fZ', (${ms}) / 1000.0, 'unixepoch')`,
  least: (a, b) => `min(${a}, ${b})`,
  bool: (value) => (value ? "1" : "0"),
  authTime: (iso) => iso,
  big: (expr) => `cast(${expr} as integer)`,
  helperTable: "create temp table",
};

const postgres: SqlDialect = {
  name: "postgres",
  hex: (expr, width) => `lpad(to_hex(${expr}), ${width}, '0')`,
  iso: (ms) => `to_char(to_timestamp((${ms}) / 1000.0) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  least: (a, b) => `least(${a}, ${b})`,
  bool: (value) => (value ? "true" : "false"),
  authTime: (iso) => `cast(${iso} as timestamptz)`,
  big: (expr) => `cast(${expr} as bigint)`,
  // Unlogged: the helper tables are scratch data, not worth writing to the WAL.
  helperTable: "create unlogged table",
};

export const dialectSql = (name: DialectName): SqlDialect => (name === "sqlite" ? sqlite : postgres);

/** A text literal; the bench's own constants only, but quoted properly all the same. */
export const lit = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** `values[expr]` for a small integer expression in 0 … values.length − 1. */
export function pick(expr: string, values: string[]): string {
  const whens = values.map((v, i) => `when ${i} then ${lit(v)}`).join(" ");
  return `(case ${expr} ${whens} end)`;
}

/**
 * A UUIDv7-shaped id whose first 48 bits are the row's time in milliseconds (so ids sort by time, as the
 * app's do); `tag` tells the tables and event kinds apart, `n` makes it unique within them.
 */
export function uuidAt(d: SqlDialect, tag: number, msExpr: string, nExpr: string): string {
  const t = tag.toString(16).padStart(3, "0");
  return `(${d.hex(`(${msExpr}) / 65536`, 8)} || '-' || ${d.hex(`(${msExpr}) % 65536`, 4)} || '-7${t}-8000-' || ${d.hex(nExpr, 12)})`;
}
