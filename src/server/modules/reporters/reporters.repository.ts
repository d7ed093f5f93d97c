import { z } from "zod";
import { ReportTypeId } from "../../../contracts/report-types.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import type { ReporterStandingTable } from "../../platform/db/schema.ts";
import { newId } from "../../platform/ids.ts";
import {
  type TrustedFlaggerEventData,
  type TrustedFlaggerEventType,
  trustedFlaggerEvents,
} from "./reporters.events.ts";

/** One trusted-flagger event to append: its data has the shape its type declares (checked as written). */
export interface FlaggerEventInput<T extends TrustedFlaggerEventType = TrustedFlaggerEventType> {
  userId: string;
  type: T;
  actorUserId: string;
  data: TrustedFlaggerEventData<T>;
  at: string;
}

const AppealOutcome = z.enum(["lifted", "kept"]).nullable();

const parseStanding = (row: ReporterStandingTable) => ({
  ...row,
  appeal_outcome: AppealOutcome.parse(row.appeal_outcome ?? null),
});

/** A reporter's standing as stored, its appeal outcome parsed. */
export type StoredStanding = ReturnType<typeof parseStanding>;

/** Decided, upheld and overturned reports per reporter and report type since a date. */
const accuracyRows = (db: DbOrTx, reporterKeys: string[], since: string) =>
  db
    .selectFrom("reports")
    .innerJoin("report_targets", "report_targets.report_id", "reports.id")
    .innerJoin("decisions", (join) =>
      join
        .onRef("decisions.case_id", "=", "report_targets.case_id")
        .on("decisions.superseded_at", "is", null),
    )
    .leftJoin("counter_notices", (join) =>
      join
        .onRef("counter_notices.case_id", "=", "report_targets.case_id")
        .on("counter_notices.outcome", "=", "reinstate"),
    )
    .select((eb) => [
      "reports.reporter_key",
      "reports.type",
      eb.fn.count<number>("reports.id").distinct().as("decided"),
      eb.fn
        .count<number>(
          eb.case().when("decisions.outcome", "=", "action_taken").then(eb.ref("reports.id")).end(),
        )
        .distinct()
        .as("upheld"),
      eb.fn.count<number>("counter_notices.id").distinct().as("overturned"),
    ])
    .where("reports.reporter_key", "in", reporterKeys)
    .where("decisions.decided_at", ">=", since)
    .groupBy(["reports.reporter_key", "reports.type"])
    .execute()
    .then((rows) =>
      rows.map((r) => ({
        reporterKey: r.reporter_key,
        type: ReportTypeId.parse(r.type),
        decided: Number(r.decided),
        upheld: Number(r.upheld),
        overturned: Number(r.overturned),
      })),
    );

export function createReportersRepository() {
  return {
    standing: (db: DbOrTx, reporterKey: string) =>
      db
        .selectFrom("reporter_standing")
        .selectAll()
        .where("reporter_key", "=", reporterKey)
        .executeTakeFirst()
        .then((row) => row && parseStanding(row)),

    saveStanding: (db: DbOrTx, row: ReporterStandingTable) =>
      db
        .insertInto("reporter_standing")
        .values(row)
        .onConflict((oc) =>
          oc.column("reporter_key").doUpdateSet({
            fast_lane: row.fast_lane,
            fast_lane_left_at: row.fast_lane_left_at,
            warned_at: row.warned_at,
            suspended_until: row.suspended_until,
            updated_at: row.updated_at,
          }),
        )
        .execute(),

    trustedFlagger: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("trusted_flaggers")
        .selectAll()
        .where("user_id", "=", userId)
        .where("revoked_at", "is", null)
        .executeTakeFirst(),

    /** Decided reports of a reporter since a date, by report type: how many, upheld, overturned. */
    accuracyByType: (db: DbOrTx, reporterKey: string, since: string) =>
      accuracyRows(db, [reporterKey], since).then((rows) => rows.map(({ reporterKey: _, ...r }) => r)),

    /** The same figures for several reporters at once (all of a decided case's reporters). */
    accuracyOfMany: (db: DbOrTx, reporterKeys: string[], since: string) =>
      accuracyRows(db, reporterKeys, since),

    standingsOf: (db: DbOrTx, reporterKeys: string[]) =>
      db
        .selectFrom("reporter_standing")
        .selectAll()
        .where("reporter_key", "in", reporterKeys)
        .execute()
        .then((rows) => new Map(rows.map((row) => [row.reporter_key, parseStanding(row)]))),

    countMarks: (db: DbOrTx, reporterKey: string, since: string) =>
      db
        .selectFrom("misuse_marks")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("reporter_key", "=", reporterKey)
        .where("marked_at", ">=", since)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    countFiled: (db: DbOrTx, reporterKey: string, since: string) =>
      db
        .selectFrom("reports")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("reporter_key", "=", reporterKey)
        .where("created_at", ">=", since)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    addMark: (
      db: DbOrTx,
      row: { report_id: string; reporter_key: string; marked_by: string; marked_at: string },
    ) =>
      db
        .insertInto("misuse_marks")
        .values(row)
        .onConflict((oc) => oc.column("report_id").doNothing())
        .executeTakeFirst()
        .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0) > 0),

    /** Marks and standing of several reporters, for the case page (two queries). */
    async countersOf(db: DbOrTx, reporterKeys: string[], since: string) {
      if (reporterKeys.length === 0) return { marks: [], standings: [] };
      const [marks, standings] = await Promise.all([
        db
          .selectFrom("misuse_marks")
          .select((eb) => ["reporter_key", eb.fn.countAll<number>().as("n")])
          .where("reporter_key", "in", reporterKeys)
          .where("marked_at", ">=", since)
          .groupBy("reporter_key")
          .execute(),
        db.selectFrom("reporter_standing").selectAll().where("reporter_key", "in", reporterKeys).execute(),
      ]);
      return { marks, standings };
    },

    designate: (
      db: DbOrTx,
      row: { user_id: string; organisation: string; designated_by: string; designated_at: string },
    ) =>
      db
        .insertInto("trusted_flaggers")
        .values({ ...row, revoked_at: null })
        .onConflict((oc) =>
          oc.column("user_id").doUpdateSet({
            organisation: row.organisation,
            designated_at: row.designated_at,
            revoked_at: null,
          }),
        )
        .execute(),

    /** Revokes a designation in force; false when there was none to revoke. */
    async revoke(db: DbOrTx, userId: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable("trusted_flaggers")
        .set({ revoked_at: at })
        .where("user_id", "=", userId)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The account's designation, in force or revoked. */
    flaggerRecord: (db: DbOrTx, userId: string) =>
      db.selectFrom("trusted_flaggers").selectAll().where("user_id", "=", userId).executeTakeFirst(),

    async appendFlaggerEvent<T extends TrustedFlaggerEventType>(tx: DbOrTx, event: FlaggerEventInput<T>) {
      await tx
        .insertInto("trusted_flagger_events")
        .values({
          id: newId(),
          user_id: event.userId,
          type: event.type,
          actor_user_id: event.actorUserId,
          data_json: trustedFlaggerEvents.dataText(event.type, event.data),
          created_at: event.at,
        })
        .execute();
      // Admins designate and revoke: every change is theirs, and kept in the audit log too.
      await appendAudit(tx, {
        actorUserId: event.actorUserId,
        action: "trusted_flagger.changed",
        subject: { kind: "user", id: event.userId },
        data: { type: event.type, ...(event.data as Record<string, unknown>) },
        at: event.at,
      });
    },

    /** One account's designations, changes and revocations in order, with the name of who made each. */
    flaggerHistory: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("trusted_flagger_events")
        .leftJoin("user", "user.id", "trusted_flagger_events.actor_user_id")
        .select([
          "trusted_flagger_events.type",
          "trusted_flagger_events.data_json",
          "trusted_flagger_events.actor_user_id",
          "trusted_flagger_events.created_at",
          "user.name as actor_name",
        ])
        .where("trusted_flagger_events.user_id", "=", userId)
        .orderBy("trusted_flagger_events.id")
        .execute()
        .then((rows) =>
          rows.map(({ type, data_json, ...row }) => ({
            ...row,
            ...trustedFlaggerEvents.read(type, data_json),
          })),
        ),

    listFlaggers: (db: DbOrTx) =>
      db
        .selectFrom("trusted_flaggers")
        .innerJoin("user", "user.id", "trusted_flaggers.user_id")
        .select([
          "trusted_flaggers.user_id",
          "trusted_flaggers.organisation",
          "trusted_flaggers.designated_at",
          "trusted_flaggers.revoked_at",
          "user.email",
          "user.name",
        ])
        .orderBy("trusted_flaggers.organisation")
        .execute(),

    /** The report a moderator marks, with its reporter and department. */
    findReport: (db: DbOrTx, reportId: string) =>
      db.selectFrom("reports").selectAll().where("id", "=", reportId).executeTakeFirst(),

    accountIdByEmail: (db: DbOrTx, email: string) =>
      db
        .selectFrom("user")
        .select("id")
        .where("email", "=", email)
        .executeTakeFirst()
        .then((row) => row?.id),
  };
}

export type ReportersRepository = ReturnType<typeof createReportersRepository>;
