import type { z } from "zod";
import { CounterNoticeStatus, DecideCounterNotice } from "../../../contracts/counter-notices.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import type { CounterNoticeTable } from "../../platform/db/schema.ts";

const IP_TYPES = ["ip_rights_holder", "copyright"];

/** A stored counter-notice, with its status and outcome parsed. */
export type StoredCounterNotice = Omit<CounterNoticeTable, "status" | "outcome"> & {
  status: z.infer<typeof CounterNoticeStatus>;
  outcome: z.infer<typeof DecideCounterNotice>["outcome"] | null;
};

const Outcome = DecideCounterNotice.shape.outcome.nullable();

function parseNotice<Row extends CounterNoticeTable>(row: Row) {
  return { ...row, status: CounterNoticeStatus.parse(row.status), outcome: Outcome.parse(row.outcome) };
}

export function createCounterNoticesRepository() {
  return {
    /** The case with the one it affects (its store's seller, or the author of a rating), as their pages need it. */
    sellerCase: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("cases")
        .innerJoin("stores", "stores.id", "cases.store_id")
        .select(["cases.id", "cases.department", "cases.target_title"])
        .select((eb) =>
          eb.fn.coalesce("cases.author_user_id", "stores.seller_user_id").as("affected_user_id"),
        )
        .where("cases.id", "=", caseId)
        .executeTakeFirst(),

    /** The decision in force on a case. */
    currentDecision: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("decisions")
        .selectAll()
        .where("case_id", "=", caseId)
        .where("superseded_at", "is", null)
        .executeTakeFirst(),

    /** The rights holders' (IP and copyright) reports on a case. */
    rightsHolderReports: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("report_targets")
        .innerJoin("reports", "reports.id", "report_targets.report_id")
        .select([
          "reports.id",
          "reports.contact_email",
          "reports.reporter_user_id",
          "reports.access_token_hash",
          "reports.type",
        ])
        .where("report_targets.case_id", "=", caseId)
        .where("reports.type", "in", IP_TYPES)
        .execute(),

    findReport: (db: DbOrTx, reportId: string) =>
      db.selectFrom("reports").selectAll().where("id", "=", reportId).executeTakeFirst(),

    emailOf: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("user")
        .select("email")
        .where("id", "=", userId)
        .executeTakeFirst()
        .then((row) => row?.email),

    ofCase: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("counter_notices")
        .selectAll()
        .where("case_id", "=", caseId)
        .orderBy("attempt")
        .execute()
        .then((rows) => rows.map(parseNotice)),

    statusesOfCase: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("counter_notices")
        .select("status")
        .where("case_id", "=", caseId)
        .execute()
        .then((rows) => rows.map((r) => ({ status: CounterNoticeStatus.parse(r.status) }))),

    findById: (db: DbOrTx, id: string) =>
      db
        .selectFrom("counter_notices")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst()
        .then((row) => row && parseNotice(row)),

    /** The counter-notice on one of the report's cases that waits for the rights holder's reply. */
    awaitingReplyOfReport: (db: DbOrTx, reportId: string) =>
      db
        .selectFrom("counter_notices")
        .innerJoin("report_targets", "report_targets.case_id", "counter_notices.case_id")
        .selectAll("counter_notices")
        .where("report_targets.report_id", "=", reportId)
        .where("counter_notices.status", "=", "awaiting_reply")
        .executeTakeFirst()
        .then((row) => row && parseNotice(row)),

    /** IP Protection's queue, oldest first, with the title of each case's target. */
    awaitingDecision: (db: DbOrTx, limit: number) =>
      db
        .selectFrom("counter_notices")
        .innerJoin("cases", "cases.id", "counter_notices.case_id")
        .selectAll("counter_notices")
        .select("cases.target_title")
        .where("counter_notices.status", "=", "awaiting_decision")
        .orderBy("counter_notices.created_at")
        .limit(limit)
        .execute()
        .then((rows) => rows.map(parseNotice)),

    /** Counter-notices whose reply time ran out, the longest overdue first. */
    replyTimeOver: (db: DbOrTx, at: string, limit: number) =>
      db
        .selectFrom("counter_notices")
        .select(["id", "case_id"])
        .where("status", "=", "awaiting_reply")
        .where("reply_due_at", "<=", at)
        .orderBy("reply_due_at")
        .limit(limit)
        .execute(),

    insert: (tx: DbOrTx, notice: StoredCounterNotice) =>
      tx.insertInto("counter_notices").values(notice).execute(),

    /** Records the rights holder's reply to a counter-notice still awaiting it; false when it was not. */
    recordReply: (tx: DbOrTx, id: string, reply: string, at: string) =>
      tx
        .updateTable("counter_notices")
        .set({ reply, replied_at: at, status: "awaiting_decision" })
        .where("id", "=", id)
        .where("status", "=", "awaiting_reply")
        .executeTakeFirst()
        .then((r) => Number(r.numUpdatedRows) > 0),

    /** Moves a counter-notice still awaiting its reply on to IP Protection; false when it had moved. */
    passToDecision: (tx: DbOrTx, id: string) =>
      tx
        .updateTable("counter_notices")
        .set({ status: "awaiting_decision" })
        .where("id", "=", id)
        .where("status", "=", "awaiting_reply")
        .executeTakeFirst()
        .then((r) => Number(r.numUpdatedRows) > 0),

    /** Decides a counter-notice that awaits its decision; false when someone decided it first. */
    recordDecision: (
      tx: DbOrTx,
      id: string,
      decision: z.infer<typeof DecideCounterNotice> & { decidedBy: string; at: string },
    ) =>
      tx
        .updateTable("counter_notices")
        .set({
          status: "decided",
          outcome: decision.outcome,
          reason: decision.reason,
          decided_by: decision.decidedBy,
          decided_at: decision.at,
        })
        .where("id", "=", id)
        .where("status", "=", "awaiting_decision")
        .executeTakeFirst()
        .then((r) => Number(r.numUpdatedRows) > 0),
  };
}

export type CounterNoticesRepository = ReturnType<typeof createCounterNoticesRepository>;
