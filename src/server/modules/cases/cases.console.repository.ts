import { sql } from "kysely";
import { z } from "zod";
import { type ReportTypeId, reportTypeBit } from "../../../contracts/report-types.ts";
import { ReportStatus } from "../../../contracts/reports.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import { QUEUE_COLUMNS } from "./cases.mappers.ts";

const StoredRecord = jsonText(z.record(z.string(), z.unknown()));

export interface QueueFilter {
  departments: string[];
  status: string;
  type?: string;
  overdueAt?: string;
  claimedBy?: string;
  now: string;
  trustedFlaggerOnly?: boolean;
  after: { priority: number; slaDueAt: string; id: string } | null;
  limit: number;
}

async function countOpen(db: DbOrTx, departments: string[], now: string) {
  const rows = await db
    .selectFrom("cases")
    .select((eb) => [
      "department",
      eb.fn.countAll<number>().as("open"),
      eb.fn.sum<number>(eb.case().when("sla_due_at", "<", now).then(1).else(0).end()).as("overdue"),
    ])
    .where("department", "in", departments)
    .where("status", "=", "open")
    .groupBy("department")
    .execute();
  return rows.map((r) => ({
    department: r.department,
    open: Number(r.open),
    overdue: Number(r.overdue ?? 0),
  }));
}

/** A department without open cases is kept as zero, so that it is not counted again at once. */
async function keepCounts(
  db: DbOrTx,
  departments: string[],
  counted: { department: string; open: number; overdue: number }[],
  now: string,
) {
  // In one order for every caller, so that two instances writing at once cannot deadlock on PostgreSQL.
  const rows = [...departments].sort().map((department) => {
    const c = counted.find((x) => x.department === department);
    return { department, open_count: c?.open ?? 0, overdue_count: c?.overdue ?? 0, counted_at: now };
  });
  await db
    .insertInto("queue_counts")
    .values(rows)
    .onConflict((oc) =>
      oc.column("department").doUpdateSet((eb) => ({
        open_count: eb.ref("excluded.open_count"),
        overdue_count: eb.ref("excluded.overdue_count"),
        counted_at: eb.ref("excluded.counted_at"),
      })),
    )
    .execute();
}

/** The queries of the moderation console: the queue, its counts, and what the case page shows. */
export function createCasesConsoleRepository() {
  return {
    /** The departments of the cases a report's links went to (one, unless a case moved). */
    departmentsOfReport: (db: DbOrTx, reportId: string) =>
      db
        .selectFrom("report_targets")
        .innerJoin("cases", "cases.id", "report_targets.case_id")
        .select("cases.department")
        .distinct()
        .where("report_targets.report_id", "=", reportId)
        .execute()
        .then((rows) => rows.map((r) => r.department)),

    /** A user's role, to check an assignee: undefined when there is no such user. */
    roleOf: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("user")
        .select("role")
        .where("id", "=", userId)
        .executeTakeFirst()
        .then((row) => row?.role),

    /** Open cases by priority (highest first), then SLA (soonest first), keyset-paginated. */
    queue(db: DbOrTx, f: QueueFilter) {
      let q = db
        .selectFrom("cases")
        .select(QUEUE_COLUMNS)
        .where("department", "in", f.departments)
        .where("status", "=", f.status)
        .orderBy("priority", "desc")
        .orderBy("sla_due_at", "asc")
        .orderBy("id", "asc")
        .limit(f.limit + 1);
      if (f.overdueAt) q = q.where("sla_due_at", "<", f.overdueAt);
      if (f.claimedBy) q = q.where("claimed_by", "=", f.claimedBy).where("claim_expires_at", ">", f.now);
      if (f.trustedFlaggerOnly) q = q.where("trusted_flagger", "=", 1);
      if (f.type) q = q.where(sql<boolean>`(report_types & ${reportTypeBit(f.type as ReportTypeId)}) <> 0`);
      const after = f.after;
      if (after) {
        q = q.where((eb) =>
          eb.or([
            eb("priority", "<", after.priority),
            eb.and([eb("priority", "=", after.priority), eb("sla_due_at", ">", after.slaDueAt)]),
            eb.and([
              eb("priority", "=", after.priority),
              eb("sla_due_at", "=", after.slaDueAt),
              eb("id", ">", after.id),
            ]),
          ]),
        );
      }
      return q.execute();
    },

    /**
     * Open and overdue counts per department. Counting reads every open case, so a count is kept in
     * `queue_counts` and reused while it is younger than `maxAgeSeconds` (0: count every time).
     */
    async counts(db: DbOrTx, departments: string[], now: string, maxAgeSeconds: number) {
      if (maxAgeSeconds > 0) {
        const freshFrom = new Date(Date.parse(now) - maxAgeSeconds * 1000).toISOString();
        const kept = await db
          .selectFrom("queue_counts")
          .select(["department", "open_count as open", "overdue_count as overdue"])
          .where("department", "in", departments)
          .where("counted_at", ">=", freshFrom)
          .execute();
        // As counted: a department without open cases is left out.
        if (kept.length === departments.length) return kept.filter((c) => Number(c.open) > 0);
      }
      const counted = await countOpen(db, departments, now);
      if (maxAgeSeconds > 0) await keepCounts(db, departments, counted, now);
      return counted;
    },

    reportsOfCase: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("report_targets")
        .innerJoin("reports", "reports.id", "report_targets.report_id")
        .leftJoin("user", "user.id", "reports.reporter_user_id")
        .leftJoin("trusted_flaggers", (join) =>
          join
            .onRef("trusted_flaggers.user_id", "=", "reports.reporter_user_id")
            .on("trusted_flaggers.revoked_at", "is", null),
        )
        .leftJoin("misuse_marks", "misuse_marks.report_id", "reports.id")
        .select([
          "reports.id",
          "reports.source",
          "trusted_flaggers.organisation as trusted_flagger",
          "misuse_marks.marked_at as marked_unfounded_at",
          "reports.reference",
          "reports.type",
          "reports.status",
          "reports.created_at",
          "reports.description",
          "reports.description_language",
          "reports.details_json",
          "reports.contact_email",
          "reports.reporter_key",
          "reports.reporter_user_id",
          "reports.disclose_identity",
          "user.name as reporter_name",
        ])
        .where("report_targets.case_id", "=", caseId)
        .orderBy("reports.id")
        .execute()
        .then((rows) =>
          rows.map(({ details_json, ...r }) => ({
            ...r,
            status: ReportStatus.parse(r.status),
            details: StoredRecord.parse(details_json),
          })),
        ),

    store: (db: DbOrTx, storeId: string) =>
      db.selectFrom("stores").selectAll().where("id", "=", storeId).executeTakeFirst(),

    listing: (db: DbOrTx, listingId: string) =>
      db.selectFrom("listings").selectAll().where("id", "=", listingId).executeTakeFirst(),

    addNote: (
      db: DbOrTx,
      row: { id: string; case_id: string; author_user_id: string; body: string; created_at: string },
    ) => db.insertInto("case_notes").values(row).execute(),
  };
}

export type CasesConsoleRepository = ReturnType<typeof createCasesConsoleRepository>;
