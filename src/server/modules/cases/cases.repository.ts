import { type ExpressionBuilder, sql } from "kysely";
import { z } from "zod";
import { CaseStatus } from "../../../contracts/console.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import type { DbOrTx, Tx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type { CaseTable, Database } from "../../platform/db/schema.ts";
import { newId } from "../../platform/ids.ts";

const StoredSnapshot = jsonText(z.record(z.string(), z.unknown()));

/** A case with its status and department, and the snapshot of its target as it was when first reported. */
const toCase = (row: CaseTable) => ({
  ...row,
  status: CaseStatus.parse(row.status),
  department: DepartmentId.parse(row.department),
  snapshot: StoredSnapshot.parse(row.snapshot_json),
});

/** What a transition checks besides the status: the claim as it must be, or the department it was read in. */
export type CaseGuard =
  /** Unclaimed, the claim run out, or already this user's. */
  | { kind: "claimable"; by: string; now: string }
  | { kind: "heldBy"; userId: string }
  /** The claim exactly as the caller read it: an override of it is decided on what was seen. */
  | { kind: "claimAsRead"; claimedBy: string | null; claimExpiresAt: string | null }
  | { kind: "inDepartment"; department: string };

/** The columns a transition may change besides the status, which follows from the event. */
export type CaseChanges = Partial<
  Pick<
    CaseTable,
    | "claimed_by"
    | "claim_expires_at"
    | "department"
    | "open_key"
    | "decided_at"
    | "sla_paused_at"
    | "sla_due_at"
    | "updated_at"
  >
>;

function holds(eb: ExpressionBuilder<Database, "cases">, guard: CaseGuard) {
  const isOrNull = (column: "claimed_by" | "claim_expires_at", value: string | null) =>
    value === null ? eb(column, "is", null) : eb(column, "=", value);
  switch (guard.kind) {
    case "claimable":
      return eb.or([
        eb("claimed_by", "is", null),
        eb("claim_expires_at", "is", null),
        eb("claim_expires_at", "<=", guard.now),
        eb("claimed_by", "=", guard.by),
      ]);
    case "heldBy":
      return eb("claimed_by", "=", guard.userId);
    case "claimAsRead":
      return eb.and([
        isOrNull("claimed_by", guard.claimedBy),
        isOrNull("claim_expires_at", guard.claimExpiresAt),
      ]);
    case "inDepartment":
      return eb("department", "=", guard.department);
  }
}

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

    /**
     * One conditional update: the case moves (to `to`, or stays where it is) and takes `set` only while
     * its status is one of `from` and the guard holds; a racing request waits for the row and then finds
     * it moved. Returns the status after, or undefined when no row matched.
     */
    async moveCase(
      tx: Tx,
      caseId: string,
      move: { from: CaseStatus[]; to: CaseStatus | null; set: CaseChanges; guard?: CaseGuard },
    ): Promise<CaseStatus | undefined> {
      const { guard, to } = move;
      let q = tx
        .updateTable("cases")
        .set((eb) => ({ ...move.set, status: to ?? eb.ref("status") }))
        .where("id", "=", caseId)
        .where("status", "in", move.from);
      if (guard) q = q.where((eb) => holds(eb, guard));
      const row = await q.returning("status").executeTakeFirst();
      return row && CaseStatus.parse(row.status);
    },

    /** Merges one case into another: reports, reporters, counts and report types move to the second. */
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
    },

    /**
     * A case with the one it affects: the author of what it is about when a person wrote it (a rating),
     * else the seller its store belongs to. Only that person answers, appeals or acts on it.
     */
    findWithSeller: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("cases")
        .innerJoin("stores", "stores.id", "cases.store_id")
        .select(["cases.id", "cases.status", "cases.target_kind", "cases.target_id"])
        .select((eb) =>
          eb.fn.coalesce("cases.author_user_id", "stores.seller_user_id").as("affected_user_id"),
        )
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
