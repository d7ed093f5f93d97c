import { z } from "zod";
import { EnforcementAction } from "../../../contracts/decisions.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type { AppealTable } from "../../platform/db/schema.ts";

const StoredActions = jsonText(z.array(EnforcementAction));

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
      "cases.target_kind",
      "cases.target_title",
      "cases.status as case_status",
      "cases.store_id",
    ]);
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectAppeals>["execute"]>>[number];

const toAppeal = ({ actions_json, ...row }: SelectedRow) => ({
  ...row,
  actions: StoredActions.parse(actions_json),
});

export type AppealRow = ReturnType<typeof toAppeal>;

export function createAppealsRepository() {
  return {
    insert: (tx: DbOrTx, row: AppealTable) => tx.insertInto("appeals").values(row).execute(),

    find: (db: DbOrTx, id: string) =>
      selectAppeals(db)
        .where("appeals.id", "=", id)
        .executeTakeFirst()
        .then((row) => row && toAppeal(row)),

    /** A case with the one it affects (a rating's author, else its store's seller): only they appeal its decision. */
    caseWithSeller: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("cases")
        .innerJoin("stores", "stores.id", "cases.store_id")
        .select(["cases.id", "cases.department"])
        .select((eb) =>
          eb.fn.coalesce("cases.author_user_id", "stores.seller_user_id").as("affected_user_id"),
        )
        .where("cases.id", "=", caseId)
        .executeTakeFirst(),

    /** Whether an open case holds this key (department, target). */
    isOpenKeyTaken: (tx: DbOrTx, openKey: string) =>
      tx
        .selectFrom("cases")
        .select("id")
        .where("open_key", "=", openKey)
        .executeTakeFirst()
        .then((row) => row !== undefined),

    /** A reversed decision gives way to the new one the reopened case will get. */
    supersedeDecision: (tx: DbOrTx, decisionId: string, at: string) =>
      tx.updateTable("decisions").set({ superseded_at: at }).where("id", "=", decisionId).execute(),

    /** Who hears of an appeal's outcome: the reporters of the case, and the seller of its store. */
    async partiesOf(tx: DbOrTx, caseId: string, storeId: string) {
      const reports = await tx
        .selectFrom("report_targets")
        .innerJoin("reports", "reports.id", "report_targets.report_id")
        .select(["reports.id", "reports.contact_email", "reports.reporter_user_id"])
        .where("report_targets.case_id", "=", caseId)
        .execute();
      // The affected side: the author of a rating, else the store's seller.
      const seller = await tx
        .selectFrom("cases")
        .innerJoin("stores", "stores.id", "cases.store_id")
        .innerJoin("user", (join) =>
          join.on((eb) =>
            eb("user.id", "=", eb.fn.coalesce("cases.author_user_id", "stores.seller_user_id")),
          ),
        )
        .select(["user.email"])
        .where("cases.id", "=", caseId)
        .where("stores.id", "=", storeId)
        .executeTakeFirst();
      return { reports, seller };
    },

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
      return q.execute().then((rows) => rows.map(toAppeal));
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
