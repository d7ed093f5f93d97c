import type { DbOrTx } from "../../platform/db/database.ts";
import type { AppealTable } from "../../platform/db/schema.ts";

function selectAppeals(db: DbOrTx) {
  return db
    .selectFrom("appeals")
    .innerJoin("decisions", "decisions.id", "appeals.decision_id")
    .innerJoin("cases", "cases.id", "appeals.case_id")
    .select([
      "appeals.id",
      "appeals.case_id",
      "appeals.department",
      "appeals.appellant_kind",
      "appeals.appellant_key",
      "appeals.appellant_user_id",
      "appeals.report_id",
      "appeals.statement",
      "appeals.status",
      "appeals.created_at",
      "appeals.decided_at",
      "appeals.decided_by",
      "appeals.reason",
      "appeals.decision_id",
      "decisions.outcome as decision_outcome",
      "decisions.reason as decision_reason",
      "decisions.actions_json",
      "decisions.facts",
      "decisions.decided_at as decision_decided_at",
      "decisions.decided_by as decision_decided_by",
      "cases.target_title",
      "cases.status as case_status",
      "cases.store_id",
    ]);
}

export type AppealRow = Awaited<ReturnType<ReturnType<typeof selectAppeals>["execute"]>>[number];

export function createAppealsRepository() {
  return {
    insert: (tx: DbOrTx, row: AppealTable) => tx.insertInto("appeals").values(row).execute(),

    find: (db: DbOrTx, id: string) => selectAppeals(db).where("appeals.id", "=", id).executeTakeFirst(),

    /** The queue: appeals of the given departments, oldest first, without those of the asker's own decisions. */
    queue(
      db: DbOrTx,
      f: {
        departments: string[];
        status: string;
        excludeDecidedBy: string;
        afterId: string | null;
        limit: number;
      },
    ) {
      let q = selectAppeals(db)
        .where("appeals.department", "in", f.departments)
        .where("appeals.status", "=", f.status)
        .where("decisions.decided_by", "!=", f.excludeDecidedBy)
        .orderBy("appeals.id")
        .limit(f.limit + 1);
      if (f.afterId) q = q.where("appeals.id", ">", f.afterId);
      return q.execute();
    },

    settle: (
      tx: DbOrTx,
      id: string,
      set: { status: string; decided_by: string; decided_at: string; reason: string },
    ) =>
      tx
        .updateTable("appeals")
        .set(set)
        .where("id", "=", id)
        .where("status", "=", "pending")
        .executeTakeFirst()
        .then((r) => Number(r.numUpdatedRows)),

    decisionOfCase: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("decisions")
        .selectAll()
        .where("case_id", "=", caseId)
        .where("superseded_at", "is", null)
        .executeTakeFirst(),

    /** The standing decision of each case, for a report's links. */
    decisionsOfCases: (db: DbOrTx, caseIds: string[]) =>
      caseIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom("decisions")
            .select(["id", "case_id", "outcome", "decided_at"])
            .where("case_id", "in", caseIds)
            .where("superseded_at", "is", null)
            .execute(),

    ofReport: (db: DbOrTx, reportId: string) =>
      db.selectFrom("appeals").selectAll().where("report_id", "=", reportId).orderBy("id").execute(),

    ofCaseBy: (db: DbOrTx, caseId: string, appellantKey: string) =>
      db
        .selectFrom("appeals")
        .selectAll()
        .where("case_id", "=", caseId)
        .where("appellant_key", "=", appellantKey)
        .execute(),
  };
}

export type AppealsRepository = ReturnType<typeof createAppealsRepository>;
