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

    /** Records the reporter on the case; true when this reporter is new to it. */
    async addReporter(tx: DbOrTx, caseId: string, reporterKey: string, reportId: string): Promise<boolean> {
      const result = await tx
        .insertInto("case_reporters")
        .values({ case_id: caseId, reporter_key: reporterKey, first_report_id: reportId })
        .onConflict((oc) => oc.columns(["case_id", "reporter_key"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    /** Counts one more report (and reporter); the row lock this takes orders concurrent intakes. */
    bumpCounts(tx: DbOrTx, caseId: string, newReporter: boolean, typeBit: number, at: string) {
      return tx
        .updateTable("cases")
        .set((eb) => ({
          report_count: eb("report_count", "+", 1),
          reporter_count: eb("reporter_count", "+", newReporter ? 1 : 0),
          report_types: sql<number>`report_types | ${typeBit}`,
          last_reported_at: at,
          updated_at: at,
        }))
        .where("id", "=", caseId)
        .returning(["priority", "reporter_count", "lane", "status", "trusted_flagger", "sla_due_at"])
        .executeTakeFirstOrThrow();
    },

    setPriority: (
      tx: DbOrTx,
      caseId: string,
      set: { priority: number; lane: string; trusted_flagger: number; sla_due_at: string },
    ) => tx.updateTable("cases").set(set).where("id", "=", caseId).execute(),

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
