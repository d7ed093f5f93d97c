// The end-to-end app runs on the real clock, and a dispute's steps wait days (escalation after 3, a
// return within 10). A spec moves one dispute back in time instead: every time it holds, in the app's
// own SQLite database, shifted by the same number of days, as if they had passed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const TIMES = [
  "negotiation_from",
  "status_from",
  "opened_at",
  "updated_at",
  "deadline_at",
  "reminder_at",
  "evidence_due_at",
  "ruled_at",
  "appealed_at",
  "reopened_at",
] as const;

/** Where e2e/serve.ts keeps the data directory of the app it serves on this port. */
export const dataDirFile = (port: string) => path.join(os.tmpdir(), `redress-e2e-${port}.datadir`);

const shift = (iso: string | null, days: number) =>
  iso === null ? null : new Date(Date.parse(iso) - days * 86_400_000).toISOString();

export function moveDisputeBack(disputeId: string, days: number) {
  const port = process.env.E2E_PORT ?? "3100";
  const db = new Database(path.join(fs.readFileSync(dataDirFile(port), "utf8"), "redress.sqlite"));
  try {
    db.pragma("busy_timeout = 5000");
    db.transaction(() => {
      const row = db.prepare(`select ${TIMES.join(", ")} from disputes where id = ?`).get(disputeId) as
        | Record<(typeof TIMES)[number], string | null>
        | undefined;
      if (!row) throw new Error(`no dispute ${disputeId}`);
      const set = TIMES.map((c) => `${c} = @${c}`).join(", ");
      const values = Object.fromEntries(TIMES.map((c) => [c, shift(row[c], days)]));
      db.prepare(`update disputes set ${set} where id = @id`).run({ ...values, id: disputeId });
      for (const table of ["dispute_events", "dispute_proposals"]) {
        const rows = db
          .prepare(`select id, created_at from ${table} where dispute_id = ?`)
          .all(disputeId) as {
          id: string;
          created_at: string;
        }[];
        const update = db.prepare(`update ${table} set created_at = ? where id = ?`);
        for (const r of rows) update.run(shift(r.created_at, days), r.id);
      }
    })();
  } finally {
    db.close();
  }
}
