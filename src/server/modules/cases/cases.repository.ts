import { sql } from "kysely";
import type { DbOrTx } from "../../platform/db/database.ts";
import type { CaseTable } from "../../platform/db/schema.ts";
import { newId } from "../../platform/ids.ts";

export function createCasesRepository() {
  return {
    /** Inserts the case unless an open one holds the same key; either way returns the open case. */
    async insertOrGetOpen(tx: DbOrTx, row: CaseTable): Promise<{ case: CaseTable; created: boolean }> {
      const inserted = await tx
        .insertInto("cases")
        .values(row)
        .onConflict((oc) => oc.column("open_key").doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { case: inserted, created: true };
      const existing = await tx
        .selectFrom("cases")
        .selectAll()
        .where("open_key", "=", row.open_key)
        .executeTakeFirstOrThrow();
      return { case: existing, created: false };
    },

    countDistinctReporters(tx: DbOrTx, caseId: string) {
      return tx
        .selectFrom("report_targets")
        .innerJoin("reports", "reports.id", "report_targets.report_id")
        .select(sql<number>`count(distinct reports.reporter_key)`.as("n"))
        .where("report_targets.case_id", "=", caseId)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    },

    updateCounts(
      tx: DbOrTx,
      caseId: string,
      set: { report_count: number; reporter_count: number; priority: number; last_reported_at: string },
    ) {
      return tx
        .updateTable("cases")
        .set({ ...set, updated_at: set.last_reported_at })
        .where("id", "=", caseId)
        .execute();
    },

    appendEvent(
      tx: DbOrTx,
      event: {
        caseId: string;
        type: string;
        status: string;
        actorUserId: string | null;
        data: unknown;
        at: string;
      },
    ) {
      return tx
        .insertInto("case_events")
        .values({
          id: newId(),
          case_id: event.caseId,
          type: event.type,
          status: event.status,
          actor_user_id: event.actorUserId,
          data_json: JSON.stringify(event.data),
          created_at: event.at,
        })
        .execute();
    },

    findById(db: DbOrTx, id: string) {
      return db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
    },
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
