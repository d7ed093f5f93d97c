import type { MyAccuracy } from "../../../contracts/reporters.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Clock } from "../../platform/clock.ts";
import { chunksOf } from "../../platform/db/chunks.ts";
import type { Db, DbOrTx } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { mayWorkDepartment } from "../staff/staff.policy.ts";
import type { StaffService } from "../staff/staff.service.ts";
import {
  type Accuracy,
  fastLaneAfter,
  isSuspended,
  misuseStepAfterMark,
  type Standing,
  suspensionEnd,
  windowStart,
} from "./reporter-standing.ts";
import type { ReportersRepository, StoredStanding } from "./reporters.repository.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  reporters: ReportersRepository;
  staff: Pick<StaffService, "requireStaff">;
  publicUrl: string;
}

const toStanding = (row: StoredStanding | undefined): Standing => ({
  fastLane: row?.fast_lane === 1,
  fastLaneLeftAt: row?.fast_lane_left_at ?? null,
  warnedAt: row?.warned_at ?? null,
  suspendedUntil: row?.suspended_until ?? null,
});

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const figures = <A extends Accuracy>(a: A) => ({
  ...a,
  upheldShare: share(a.upheld, a.decided),
  overturnedShare: share(a.overturned, a.decided),
});

/** A reporter's figures over all report types. */
const overallOf = (byType: Accuracy[]): Accuracy =>
  byType.reduce(
    (sum, r) => ({
      decided: sum.decided + r.decided,
      upheld: sum.upheld + r.upheld,
      overturned: sum.overturned + r.overturned,
    }),
    { decided: 0, upheld: 0, overturned: 0 },
  );

/** Reporters' standing: the fast lane for accurate reporters, warnings and suspensions for misuse. */
export function createReportersService({ db, transact, clock, reporters, staff, publicUrl }: Deps) {
  async function accuracy(tx: DbOrTx, reporterKey: string, now: Date) {
    const byType = await reporters.accuracyByType(tx, reporterKey, windowStart(now));
    return { overall: overallOf(byType), byType };
  }

  async function save(tx: DbOrTx, reporterKey: string, standing: Standing, at: string) {
    await reporters.saveStanding(tx, {
      reporter_key: reporterKey,
      fast_lane: standing.fastLane ? 1 : 0,
      fast_lane_left_at: standing.fastLaneLeftAt,
      warned_at: standing.warnedAt,
      suspended_until: standing.suspendedUntil,
      updated_at: at,
    });
  }

  return {
    /** Misuse marks and standing of several reporters, for the case page. */
    countersOf: reporters.countersOf,

    /** What intake needs to know of a reporter, in two key lookups. Refuses a suspended reporter. */
    async forIntake(tx: DbOrTx, actor: Actor | null, reporterKey: string) {
      const now = clock.now();
      const [row, flagger] = await Promise.all([
        reporters.standing(tx, reporterKey),
        actor ? reporters.trustedFlagger(tx, actor.userId) : Promise.resolve(undefined),
      ]);
      const standing = toStanding(row);
      if (isSuspended(standing, now)) {
        throw new AppError(
          403,
          "reporting_suspended",
          `We have suspended the processing of your reports until ${new Date(standing.suspendedUntil!).toUTCString()}, because many of them were manifestly unfounded. You can appeal this from My Reports.`,
        );
      }
      return { fastLane: standing.fastLane || !!flagger, trustedFlagger: flagger?.organisation ?? null };
    },

    /**
     * After decisions: the fast lane follows each reporter's last 3 months. Two reads per chunk of
     * reporters, whatever their number (a case may have hundreds).
     */
    async refreshAfterDecision(tx: DbOrTx, reporterKeys: string[]) {
      const now = clock.now();
      for (const keys of chunksOf([...new Set(reporterKeys)], 500)) {
        const [stored, rows] = await Promise.all([
          reporters.standingsOf(tx, keys),
          reporters.accuracyOfMany(tx, keys, windowStart(now)),
        ]);
        for (const key of keys) {
          const standing = toStanding(stored.get(key));
          const lane = fastLaneAfter(overallOf(rows.filter((r) => r.reporterKey === key)), standing, now);
          if (lane.fastLane !== standing.fastLane || !standing.fastLaneLeftAt !== !lane.fastLaneLeftAt) {
            await save(tx, key, { ...standing, ...lane }, now.toISOString());
          }
        }
      }
    },

    /** A moderator marks a report manifestly unfounded; past the threshold, a warning, then a suspension. */
    async markUnfounded(actor: Actor | null, reportId: string) {
      const member = await staff.requireStaff(db, actor);
      const report = await reporters.findReport(db, reportId);
      if (!report) throw notFound("This report");
      if (!mayWorkDepartment(member, report.department))
        throw forbidden("This report belongs to a department you do not work.");
      const now = clock.now();
      const at = now.toISOString();
      return transact(async (tx) => {
        const added = await reporters.addMark(tx, {
          report_id: reportId,
          reporter_key: report.reporter_key,
          marked_by: member.actor.userId,
          marked_at: at,
        });
        if (!added)
          throw new AppError(409, "already_marked", "This report is already marked manifestly unfounded.");
        await appendAudit(tx, {
          actorUserId: member.actor.userId,
          action: "reporter.marked_unfounded",
          subject: { kind: "report", id: reportId },
          at,
        });
        const since = windowStart(now);
        const standing = toStanding(await reporters.standing(tx, report.reporter_key));
        const step = misuseStepAfterMark(
          await reporters.countMarks(tx, report.reporter_key, since),
          await reporters.countFiled(tx, report.reporter_key, since),
          standing,
        );
        if (step === "none") return { step };
        const next: Standing =
          step === "warn"
            ? { ...standing, warnedAt: at }
            : { ...standing, warnedAt: null, suspendedUntil: suspensionEnd(now), fastLane: false };
        await save(tx, report.reporter_key, next, at);
        await enqueue(tx, clock, {
          topic: "mail.send",
          dedupeKey: `mail:misuse:${step}:${report.reporter_key}:${at}`,
          payload: mailMessage(
            step === "warn" ? "misuse-warning" : "misuse-suspension",
            report.contact_email,
            {
              until: next.suspendedUntil ? new Date(next.suspendedUntil).toUTCString() : "",
              url: `${publicUrl}/my/reports`,
            },
          ),
        });
        return { step };
      });
    },

    async myAccuracy(actor: Actor | null): Promise<MyAccuracy> {
      if (!actor) throw unauthenticated();
      const now = clock.now();
      const key = `user:${actor.userId}`;
      const [{ overall, byType }, row, flagger] = await Promise.all([
        accuracy(db, key, now),
        reporters.standing(db, key),
        reporters.trustedFlagger(db, actor.userId),
      ]);
      const standing = toStanding(row);
      return {
        since: windowStart(now),
        overall: figures(overall),
        byType: byType.map(figures),
        fastLane: standing.fastLane,
        trustedFlagger: flagger?.organisation ?? null,
        warned: !!standing.warnedAt,
        suspendedUntil: isSuspended(standing, now) ? standing.suspendedUntil : null,
        suspensionAppeal: row?.appeal_at
          ? {
              status: row.appeal_outcome ?? "pending",
              at: row.appeal_at,
              reason: row.appeal_reason ?? null,
            }
          : null,
      };
    },
  };
}

export type ReportersService = ReturnType<typeof createReportersService>;
