import crypto from "node:crypto";
import type { AuditAction, AuditProblem, AuditVerification } from "../../../contracts/audit.ts";
import type { DbOrTx } from "../db/database.ts";
import type { AuditLogTable } from "../db/schema.ts";
import { newId } from "../ids.ts";

export const GENESIS_HASH = "0".repeat(64);

export interface AuditRecord {
  actorUserId: string | null;
  action: AuditAction;
  subject: { kind: string; id: string };
  data?: Record<string, unknown>;
  at: string;
}

/**
 * The hash of one entry: over the hash before it and every column that says what happened, each on its
 * own line so that no two different entries give the same text. Worked out from the stored text, so
 * the verifier recomputes exactly what was hashed.
 */
export function entryHash(row: Omit<AuditLogTable, "hash">): string {
  const text = [
    row.prev_hash,
    String(row.seq),
    row.id,
    row.at,
    row.actor_user_id ?? "",
    row.action,
    row.subject_kind,
    row.subject_id,
    row.data_json,
  ].join("\n");
  return crypto.createHash("sha256").update(text).digest("hex");
}

/**
 * Appends staff or admin actions to the audit log inside the caller's transaction, so that an action and
 * its entry commit or fail together. The head row is updated first: that write locks it until commit
 * (on PostgreSQL; SQLite has one writer anyway), so appends from several instances queue and each
 * continues the chain from the entry really before it.
 */
export async function appendAudit(tx: DbOrTx, records: AuditRecord | AuditRecord[]): Promise<void> {
  const list = Array.isArray(records) ? records : [records];
  if (list.length === 0) return;
  let { seq, hash } = await lockHead(tx);
  const rows: AuditLogTable[] = [];
  for (const record of list) {
    seq += 1;
    const row = {
      seq,
      id: newId(),
      at: record.at,
      actor_user_id: record.actorUserId,
      action: record.action,
      subject_kind: record.subject.kind,
      subject_id: record.subject.id,
      data_json: JSON.stringify(record.data ?? {}),
      prev_hash: hash,
    };
    hash = entryHash(row);
    rows.push({ ...row, hash });
  }
  await tx.insertInto("audit_log").values(rows).execute();
  await tx.updateTable("audit_head").set({ seq, hash }).where("id", "=", 1).execute();
}

/** The head, locked until commit; written afresh at the start of the chain if it is not there (the demo's removal empties the log). */
async function lockHead(tx: DbOrTx) {
  const lock = () =>
    tx
      .updateTable("audit_head")
      .set((eb) => ({ seq: eb.ref("seq") }))
      .where("id", "=", 1)
      .returning(["seq", "hash"])
      .executeTakeFirst();
  const head = await lock();
  if (head) return head;
  await tx
    .insertInto("audit_head")
    .values({ id: 1, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  return (await lock())!;
}

const PAGE = 1000;
const MAX_PROBLEMS = 100;

/**
 * Walks the whole chain in order and names every place where it does not hold: an entry whose columns no
 * longer give its hash (edited), one whose link does not match the entry before it (an entry before it
 * was edited, moved or deleted), a gap in the numbers (deleted), and a head that the log does not reach
 * (the newest entries deleted). Reads page by page, so a long log costs memory of one page.
 */
export async function verifyAuditLog(db: DbOrTx, now: Date): Promise<AuditVerification> {
  const head = await db
    .selectFrom("audit_head")
    .select(["seq", "hash"])
    .where("id", "=", 1)
    .executeTakeFirst();
  const problems: AuditProblem[] = [];
  const note = (problem: AuditProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  let expectedSeq = 1;
  let previousHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const page = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("seq", ">=", expectedSeq)
      .orderBy("seq")
      .limit(PAGE)
      .execute();
    for (const row of page) {
      checked += 1;
      if (row.seq !== expectedSeq)
        note({
          kind: "missing",
          seq: expectedSeq,
          id: null,
          message: `Entries ${expectedSeq}–${row.seq - 1} are missing: deleted from the log.`,
        });
      else if (row.prev_hash !== previousHash)
        note({
          kind: "broken_link",
          seq: row.seq,
          id: row.id,
          message: `Entry ${row.seq} does not follow the entry before it: that one was edited, moved or deleted.`,
        });
      if (entryHash(row) !== row.hash)
        note({
          kind: "edited",
          seq: row.seq,
          id: row.id,
          message: `Entry ${row.seq} was changed after it was written: its content no longer gives its hash.`,
        });
      expectedSeq = row.seq + 1;
      previousHash = row.hash;
    }
    if (page.length < PAGE) break;
  }
  const recorded = head ?? { seq: 0, hash: GENESIS_HASH };
  if (recorded.seq !== expectedSeq - 1 || recorded.hash !== previousHash)
    note({
      kind: "head_mismatch",
      seq: recorded.seq,
      id: null,
      message:
        recorded.seq > expectedSeq - 1
          ? `The log ends at entry ${expectedSeq - 1}, but ${recorded.seq} were written: the newest were deleted.`
          : `The log's end does not match what was last written (entry ${recorded.seq}).`,
    });
  return { intact: problems.length === 0, checked, head: recorded, problems, checkedAt: now.toISOString() };
}
