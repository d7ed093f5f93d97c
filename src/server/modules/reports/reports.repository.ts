import { z } from "zod";
import { ReportCreated, ReportStatus } from "../../../contracts/reports.ts";
import { chunksOf } from "../../platform/db/chunks.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { createIdempotencyRecords } from "../../platform/db/idempotency.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type {
  EvidenceFileTable,
  ReportAccessTokenTable,
  ReportEventTable,
  ReportTable,
  ReportTargetTable,
} from "../../platform/db/schema.ts";
import { newId } from "../../platform/ids.ts";
import { OPEN_REPORT_STATUSES, statusAfter } from "./report-status.ts";
import { type ReportEventData, type ReportEventType, reportEvents } from "./reports.events.ts";

const StoredRecord = jsonText(z.record(z.string(), z.unknown()));
const idempotency = createIdempotencyRecords(ReportCreated);

const toReport = (row: ReportTable) => ({
  ...row,
  status: ReportStatus.parse(row.status),
  details: StoredRecord.parse(row.details_json),
});

/** A stored report, its status and type-specific details parsed. */
export type ReportRow = ReturnType<typeof toReport>;

/** One event to append: its data has the shape its type declares (checked again as it is written). */
export interface ReportEventInput<T extends ReportEventType = ReportEventType> {
  reportId: string;
  type: T;
  actorUserId: string | null;
  data: ReportEventData<T>;
  at: string;
}

const eventRow = <T extends ReportEventType>(event: ReportEventInput<T>): ReportEventTable => ({
  id: newId(),
  report_id: event.reportId,
  type: event.type,
  status: statusAfter(event.type),
  actor_user_id: event.actorUserId,
  data_json: reportEvents.dataText(event.type, event.data),
  created_at: event.at,
});

async function insertEvent<T extends ReportEventType>(tx: DbOrTx, event: ReportEventInput<T>) {
  const row = eventRow(event);
  await tx.insertInto("report_events").values(row).execute();
  return row.status;
}

const toEvent = ({ data_json, type, ...row }: ReportEventTable) => ({
  ...row,
  status: ReportStatus.parse(row.status),
  ...reportEvents.read(type, data_json),
});

/** A stored report event, its status parsed and its data typed by its type. */
export type StoredReportEvent = ReturnType<typeof toEvent>;

export function createReportsRepository() {
  return {
    insertReport: (tx: DbOrTx, row: ReportTable) => tx.insertInto("reports").values(row).execute(),

    insertTargets: (tx: DbOrTx, rows: ReportTargetTable[]) =>
      tx.insertInto("report_targets").values(rows).execute(),

    insertEvidence: (tx: DbOrTx, rows: EvidenceFileTable[]) =>
      rows.length === 0
        ? Promise.resolve()
        : tx
            .insertInto("evidence_files")
            .values(rows)
            .execute()
            .then(() => {}),

    /** Appends an event and writes the status it leads to: the history is the audit trail. */
    async appendEvent<T extends ReportEventType>(tx: DbOrTx, event: ReportEventInput<T>) {
      const status = await insertEvent(tx, event);
      await tx
        .updateTable("reports")
        .set({ status, updated_at: event.at })
        .where("id", "=", event.reportId)
        .execute();
    },

    /** A report moved with its case to the department that handles it. */
    setDepartment: (tx: DbOrTx, reportId: string, department: string) =>
      tx.updateTable("reports").set({ department }).where("id", "=", reportId).execute(),

    /**
     * One event for many reports (a decision tells every report of its case): one insert and one update
     * per chunk, not two statements per report.
     */
    async appendEventToReports<T extends ReportEventType>(
      tx: DbOrTx,
      reportIds: string[],
      event: Omit<ReportEventInput<T>, "reportId">,
    ) {
      for (const ids of chunksOf(reportIds, 1000)) {
        await tx
          .insertInto("report_events")
          .values(ids.map((reportId) => eventRow({ ...event, reportId })))
          .execute();
        await tx
          .updateTable("reports")
          .set({ status: statusAfter(event.type), updated_at: event.at })
          .where("id", "in", ids)
          .execute();
      }
    },

    /** The first event of a report that was just inserted with the status this event leads to. */
    insertFirstEvent: <T extends ReportEventType>(tx: DbOrTx, event: ReportEventInput<T>) =>
      insertEvent(tx, event),

    /** This person's report on this target, open or not: the kinds a person reports once. */
    findAnyByReporter: (tx: DbOrTx, reporterKey: string, target: { kind: string; id: string }) =>
      tx
        .selectFrom("report_targets")
        .innerJoin("reports", "reports.id", "report_targets.report_id")
        .select(["reports.id", "reports.reference", "reports.contact_email", "report_targets.url"])
        .where("report_targets.target_kind", "=", target.kind)
        .where("report_targets.target_id", "=", target.id)
        .where("reports.reporter_key", "=", reporterKey)
        .limit(1)
        .executeTakeFirst(),

    /**
     * An open report by the same person, of the same type, on one of these targets. The common case
     * (no open report of this type by this person) costs one index lookup; only then are the targets
     * joined, led by the reporter's own reports and with no list of their ids (a rights holder may have
     * thousands open, and PostgreSQL takes at most 65,535 parameters).
     */
    async findOpenDuplicate(
      tx: DbOrTx,
      reporterKey: string,
      type: string,
      targets: { kind: string; id: string }[],
    ) {
      const openOfType = (qb: typeof tx) =>
        qb
          .selectFrom("reports")
          .where("reports.reporter_key", "=", reporterKey)
          .where("reports.type", "=", type)
          .where("reports.status", "in", OPEN_REPORT_STATUSES);
      const any = await openOfType(tx).select("reports.id").limit(1).executeTakeFirst();
      if (!any) return undefined;
      return openOfType(tx)
        .innerJoin("report_targets", "report_targets.report_id", "reports.id")
        .select(["reports.id", "reports.reference", "reports.contact_email", "report_targets.url"])
        .where((eb) =>
          eb.or(
            targets.map((t) =>
              eb.and([
                eb("report_targets.target_kind", "=", t.kind),
                eb("report_targets.target_id", "=", t.id),
              ]),
            ),
          ),
        )
        .limit(1)
        .executeTakeFirst();
    },

    countSince: (tx: DbOrTx, reporterKey: string, since: string) =>
      tx
        .selectFrom("reports")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("reporter_key", "=", reporterKey)
        .where("created_at", ">=", since)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    findById: (db: DbOrTx, id: string) =>
      db
        .selectFrom("reports")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst()
        .then((row) => row && toReport(row)),

    findByReference: (db: DbOrTx, reference: string) =>
      db.selectFrom("reports").selectAll().where("reference", "=", reference).executeTakeFirst(),

    hasMailedToken: (db: DbOrTx, reportId: string, tokenHash: string) =>
      db
        .selectFrom("report_access_tokens")
        .select("report_id")
        .where("token_hash", "=", tokenHash)
        .where("report_id", "=", reportId)
        .executeTakeFirst()
        .then((row) => !!row),

    saveMailedToken: (db: DbOrTx, row: ReportAccessTokenTable) =>
      db.insertInto("report_access_tokens").values(row).execute(),

    /** Private-link mails sent to one reporter key since a moment: the limit of link requests. */
    countLinkMailsSince: (db: DbOrTx, dedupePrefix: string, since: string) =>
      db
        .selectFrom("outbox")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("dedupe_key", "like", `${dedupePrefix}%`)
        .where("created_at", ">=", since)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    listByReporter(db: DbOrTx, userId: string, opts: { beforeId: string | null; limit: number }) {
      let q = db
        .selectFrom("reports")
        .selectAll()
        .where("reporter_user_id", "=", userId)
        .orderBy("id", "desc")
        .limit(opts.limit + 1);
      if (opts.beforeId) q = q.where("id", "<", opts.beforeId);
      return q.execute().then((rows) => rows.map(toReport));
    },

    /** The report's links with the outcome of each one's case, in one query. */
    findTargetsWithOutcome: (db: DbOrTx, reportId: string) =>
      db
        .selectFrom("report_targets")
        .leftJoin("decisions", (join) =>
          join
            .onRef("decisions.case_id", "=", "report_targets.case_id")
            .on("decisions.superseded_at", "is", null),
        )
        .selectAll("report_targets")
        .select("decisions.outcome")
        .where("report_targets.report_id", "=", reportId)
        .orderBy("report_targets.position")
        .execute(),

    latestAppeal: (db: DbOrTx, reportId: string) =>
      db
        .selectFrom("appeals")
        .selectAll()
        .where("report_id", "=", reportId)
        .orderBy("id", "desc")
        .executeTakeFirst(),

    counterNoticeAwaitingReply: (db: DbOrTx, reportId: string) =>
      db
        .selectFrom("counter_notices")
        .innerJoin("report_targets", "report_targets.case_id", "counter_notices.case_id")
        .select(["counter_notices.statement", "counter_notices.reply_due_at"])
        .where("report_targets.report_id", "=", reportId)
        .where("counter_notices.status", "=", "awaiting_reply")
        .executeTakeFirst(),

    findTargets: (db: DbOrTx, reportId: string) =>
      db
        .selectFrom("report_targets")
        .selectAll()
        .where("report_id", "=", reportId)
        .orderBy("position")
        .execute(),

    findEvents: (db: DbOrTx, reportId: string) =>
      db
        .selectFrom("report_events")
        .selectAll()
        .where("report_id", "=", reportId)
        .orderBy("id")
        .execute()
        .then((rows) => rows.map(toEvent)),

    findEvidence: (db: DbOrTx, reportId: string) =>
      db.selectFrom("evidence_files").selectAll().where("report_id", "=", reportId).orderBy("id").execute(),

    findEvidenceFile: (db: DbOrTx, reportId: string, evidenceId: string) =>
      db
        .selectFrom("evidence_files")
        .selectAll()
        .where("report_id", "=", reportId)
        .where("id", "=", evidenceId)
        .executeTakeFirst(),

    findIdempotent: idempotency.find,

    saveIdempotent: idempotency.save,
  };
}

export type ReportsRepository = ReturnType<typeof createReportsRepository>;
