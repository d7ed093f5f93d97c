import { sql } from "kysely";
import { z } from "zod";
import type { DbOrTx, Tx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type { CaseTable } from "../../platform/db/schema.ts";
import { newId } from "../../platform/ids.ts";

const StoredSnapshot = jsonText(z.record(z.string(), z.unknown()));

/** A case with the snapshot of its target as it was when first reported. */
const toCase = (row: CaseTable) => ({ ...row, snapshot: StoredSnapshot.parse(row.snapshot_json) });

export type CaseRow = ReturnType<typeof toCase>;

/** The reports and reporters of a closing case join the open case on the same target. */
async function moveReportsInto(tx: Tx, fromId: string, intoId: string) {
  await tx.updateTable("report_targets").set({ case_id: intoId }).where("case_id", "=", fromId).execute();
  const reporters = await tx.selectFrom("case_reporters").selectAll().where("case_id", "=", fromId).execute();
  for (const r of reporters) {
    await tx
      .insertInto("case_reporters")
      .values({ ...r, case_id: intoId })
      .onConflict((oc) => oc.columns(["case_id", "reporter_key"]).doNothing())
      .execute();
  }
}

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

    async findById(db: DbOrTx, id: string) {
      const row = await db.selectFrom("cases").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? toCase(row) : undefined;
    },

    /** The open case that holds this key (department, target), if any. */
    findOpen: (tx: DbOrTx, openKey: string) =>
      tx.selectFrom("cases").selectAll().where("open_key", "=", openKey).executeTakeFirst(),

    /** Waiting for information, or back from it: the status and the SLA clock's pause. */
    setWaiting: (
      tx: DbOrTx,
      id: string,
      set: { status: string; sla_paused_at: string | null; sla_due_at?: string },
    ) => tx.updateTable("cases").set(set).where("id", "=", id).execute(),

    /** Moves the case to another department: a new open key, and nobody's claim. */
    moveToDepartment: (tx: DbOrTx, id: string, move: { department: string; openKey: string; at: string }) =>
      tx
        .updateTable("cases")
        .set({
          department: move.department,
          open_key: move.openKey,
          claimed_by: null,
          claim_expires_at: null,
          updated_at: move.at,
        })
        .where("id", "=", id)
        .execute(),

    /** Merges one case into another: reports, reporters, counts and report types move; the first closes. */
    async mergeInto(tx: Tx, from: Pick<CaseTable, "id" | "report_types">, intoId: string, at: string) {
      await moveReportsInto(tx, from.id, intoId);
      const count = async (table: "report_targets" | "case_reporters") =>
        Number(
          (
            await tx
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as("n"))
              .where("case_id", "=", intoId)
              .executeTakeFirstOrThrow()
          ).n,
        );
      await tx
        .updateTable("cases")
        .set({
          report_count: await count("report_targets"),
          reporter_count: await count("case_reporters"),
          report_types: sql<number>`report_types | ${from.report_types}`,
          updated_at: at,
        })
        .where("id", "=", intoId)
        .execute();
      await tx
        .updateTable("cases")
        .set({ status: "closed", open_key: null, updated_at: at })
        .where("id", "=", from.id)
        .execute();
    },

    /** A case with the seller its store belongs to: only that seller acts on it. */
    findWithSeller: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("cases")
        .innerJoin("stores", "stores.id", "cases.store_id")
        .select(["cases.id", "cases.status", "cases.target_kind", "cases.target_id", "stores.seller_user_id"])
        .where("cases.id", "=", caseId)
        .executeTakeFirst(),

    /** The seller took the reported listing down itself. */
    removeListingBySeller: (tx: DbOrTx, listingId: string, at: string) =>
      tx
        .updateTable("listings")
        .set({ status: "removed", updated_at: at })
        .where("id", "=", listingId)
        .execute(),
  };
}

export type CasesRepository = ReturnType<typeof createCasesRepository>;
