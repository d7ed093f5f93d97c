import { Readable } from "node:stream";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { forbidden, invalidInput, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { DecisionsRepository } from "./decisions.repository.ts";
import { STATEMENT_FIELD_NAMES } from "./statement-of-reasons.schema.ts";

export type ExportFormat = "json" | "csv";

const PAGE = 500;
const DAY_MS = 86_400_000;

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  decisions: Pick<DecisionsRepository, "statementsInOrder">;
}

/** A CSV cell: lists as the database writes them (JSON arrays), quotes doubled, every cell quoted. */
function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return `"${text.replaceAll('"', '""')}"`;
}

const csvLine = (statement: Record<string, unknown>) =>
  `${STATEMENT_FIELD_NAMES.map((field) => cell(statement[field])).join(",")}\r\n`;

/** The period as the export reads it: from the start of `from` to the end of `to` (UTC days). */
function periodOf(from: string, to: string) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + DAY_MS;
  if (end <= start) throw invalidInput({ to: "The period ends before it starts." });
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

/**
 * Statements of reasons of a period, for the compliance officer or the Transparency Database's bulk
 * upload: JSON (one array) or CSV, in the database's own field names and order. Streamed page by page,
 * so a year of statements never stands in memory at once; each export is in the audit log.
 */
export function createStatementsExport({ db, transact, clock, decisions }: Deps) {
  async function* pages(period: { from: string; to: string }) {
    let after: [string, string] | null = null;
    for (;;) {
      const rows = await decisions.statementsInOrder(db, period, after, PAGE);
      if (rows.length > 0) yield rows;
      if (rows.length < PAGE) return;
      const last = rows.at(-1)!;
      after = [last.createdAt, last.puid];
    }
  }

  async function* json(period: { from: string; to: string }) {
    yield "[";
    let first = true;
    for await (const rows of pages(period)) {
      for (const row of rows) {
        yield `${first ? "" : ","}\n${JSON.stringify(row.statement)}`;
        first = false;
      }
    }
    yield "\n]\n";
  }

  async function* csv(period: { from: string; to: string }) {
    yield `${STATEMENT_FIELD_NAMES.join(",")}\r\n`;
    for await (const rows of pages(period)) yield rows.map((row) => csvLine(row.statement)).join("");
  }

  return {
    async export(actor: Actor | null, query: { from: string; to: string; format: ExportFormat }) {
      if (!actor) throw unauthenticated();
      if (actor.role !== "admin") throw forbidden("Only admins export statements of reasons.");
      const period = periodOf(query.from, query.to);
      await transact((tx) =>
        appendAudit(tx, {
          actorUserId: actor.userId,
          action: "statements.exported",
          subject: { kind: "period", id: `${query.from}/${query.to}` },
          data: { format: query.format },
          at: clock.now().toISOString(),
        }),
      );
      return {
        fileName: `statements-of-reasons-${query.from}-${query.to}.${query.format}`,
        contentType: query.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        body: Readable.from(query.format === "csv" ? csv(period) : json(period)),
      };
    },
  };
}

export type StatementsExport = ReturnType<typeof createStatementsExport>;
