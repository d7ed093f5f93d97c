import type { z } from "zod";
import {
  type CounterNotice,
  type DecideCounterNotice,
  REPLY_DAYS,
} from "../../../contracts/counter-notices.ts";
import { addBusinessDays } from "../../platform/business-days.ts";
import type { Clock } from "../../platform/clock.ts";
import { type Db, type DbOrTx, isUniqueViolation, type Tx } from "../../platform/db/database.ts";
import type { CounterNoticeTable } from "../../platform/db/schema.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CasesRepository } from "../cases/cases.repository.ts";
import type { DecisionsRepository } from "../decisions/decisions.repository.ts";
import { reverseEnforcement } from "../decisions/reversal.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { isReportHolder } from "../reports/reports.access.ts";
import { mayWorkDepartment } from "../staff/staff.policy.ts";
import type { StaffRepository } from "../staff/staff.repository.ts";
import { requireStaff } from "../staff/staff.service.ts";
import { counterNoticeRefusal } from "./counter-notice.policy.ts";

interface Deps {
  db: Db;
  clock: Clock;
  cases: CasesRepository;
  decisions: DecisionsRepository;
  staff: StaffRepository;
  publicUrl: string;
}

const IP_TYPES = ["ip_rights_holder", "copyright"];
const REFUSALS = {
  pending: "Your earlier counter-notice is still being handled.",
  too_many: "A complaint takes at most 3 counter-notices.",
  too_late:
    "The time for a counter-notice has passed: the first within 3 business days, later ones within 27.",
};

/**
 * Two counter-notices filed at the same moment take the same attempt number; the unique index on
 * (case_id, attempt) lets only the first in, and the second is told what a sequential one would be.
 */
async function insertOnce(write: () => Promise<void>) {
  try {
    await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(409, "counter_notice_pending", REFUSALS.pending);
    throw error;
  }
}

const toDto = (row: CounterNoticeTable, targetTitle: string): CounterNotice => ({
  id: row.id,
  caseId: row.case_id,
  attempt: row.attempt,
  statement: row.statement,
  status: row.status as CounterNotice["status"],
  createdAt: row.created_at,
  replyDueAt: row.reply_due_at,
  reply: row.reply,
  repliedAt: row.replied_at,
  outcome: row.outcome as CounterNotice["outcome"],
  reason: row.reason,
  decidedAt: row.decided_at,
  targetTitle,
});

/** IP counter-notices: the seller answers an IP removal, the rights holder replies, IP Protection decides. */
export function createCounterNoticesService(deps: Deps) {
  const { db, clock } = deps;

  const rightsHolderReports = (tx: DbOrTx, caseId: string) =>
    tx
      .selectFrom("report_targets")
      .innerJoin("reports", "reports.id", "report_targets.report_id")
      .select([
        "reports.id",
        "reports.contact_email",
        "reports.reporter_user_id",
        "reports.access_token_hash",
        "reports.type",
      ])
      .where("report_targets.case_id", "=", caseId)
      .where("reports.type", "in", IP_TYPES)
      .execute();

  const mailAll = async (
    tx: Tx,
    key: string,
    to: string[],
    template: "counter-notice-filed" | "counter-notice-decided",
    data: Record<string, string>,
  ) => {
    for (const [i, address] of to.entries()) {
      await enqueue(tx, clock, {
        topic: "mail.send",
        dedupeKey: `mail:${template}:${key}:${i}`,
        payload: mailMessage(template, address, data),
      });
    }
  };

  async function sellerCase(actor: Actor, caseId: string) {
    const row = await db
      .selectFrom("cases")
      .innerJoin("stores", "stores.id", "cases.store_id")
      .select(["cases.id", "cases.department", "cases.target_title", "stores.seller_user_id"])
      .where("cases.id", "=", caseId)
      .executeTakeFirst();
    if (!row || row.seller_user_id !== actor.userId) throw notFound("This complaint");
    return row;
  }

  return {
    async list(actor: Actor | null, caseId: string) {
      if (!actor) throw unauthenticated();
      const row = await sellerCase(actor, caseId);
      const rows = await db
        .selectFrom("counter_notices")
        .selectAll()
        .where("case_id", "=", caseId)
        .orderBy("attempt")
        .execute();
      return rows.map((r) => toDto(r, row.target_title));
    },

    async file(actor: Actor | null, caseId: string, statement: string) {
      if (!actor) throw unauthenticated();
      const row = await sellerCase(actor, caseId);
      const decision = await db
        .selectFrom("decisions")
        .selectAll()
        .where("case_id", "=", caseId)
        .where("superseded_at", "is", null)
        .executeTakeFirst();
      const holders = await rightsHolderReports(db, caseId);
      if (decision?.outcome !== "action_taken" || holders.length === 0) {
        throw new AppError(
          409,
          "not_ip_removal",
          "Counter-notices answer IP complaints that led to a restriction.",
        );
      }
      const earlier = await db
        .selectFrom("counter_notices")
        .select("status")
        .where("case_id", "=", caseId)
        .execute();
      const now = clock.now();
      const refusal = counterNoticeRefusal(new Date(decision.decided_at), now, earlier);
      if (refusal) throw new AppError(409, `counter_notice_${refusal}`, REFUSALS[refusal]);
      const at = now.toISOString();
      const notice: CounterNoticeTable = {
        id: newId(),
        case_id: caseId,
        decision_id: decision.id,
        seller_user_id: actor.userId,
        attempt: earlier.length + 1,
        statement,
        status: "awaiting_reply",
        created_at: at,
        reply_due_at: addBusinessDays(now, REPLY_DAYS).toISOString(),
        reply: null,
        replied_at: null,
        decided_by: null,
        decided_at: null,
        outcome: null,
        reason: null,
      };
      await insertOnce(() =>
        db.transaction().execute(async (tx) => {
          await tx.insertInto("counter_notices").values(notice).execute();
          await deps.cases.appendEvent(tx, {
            caseId,
            type: "counter_notice.filed",
            status: "decided",
            actorUserId: actor.userId,
            data: { id: notice.id, attempt: notice.attempt },
            at,
          });
          await mailAll(
            tx,
            notice.id,
            holders.map((h) => h.contact_email),
            "counter-notice-filed",
            {
              targetTitle: row.target_title,
              dueAt: new Date(notice.reply_due_at).toUTCString(),
              url: `${deps.publicUrl}/my/reports/${holders[0]!.id}`,
            },
          );
        }),
      );
      return toDto(notice, row.target_title);
    },

    /** The rights holder's reply, from its report (or its private link). */
    async reply(actor: Actor | null, reportId: string, token: string | undefined, reply: string) {
      const report = await db.selectFrom("reports").selectAll().where("id", "=", reportId).executeTakeFirst();
      const isReporter = actor ? report?.reporter_user_id === actor.userId : !!token;
      if (!report || !isReporter || !(await isReportHolder(db, actor, report, token)))
        throw notFound("This report");
      const notice = await db
        .selectFrom("counter_notices")
        .innerJoin("report_targets", "report_targets.case_id", "counter_notices.case_id")
        .selectAll("counter_notices")
        .where("report_targets.report_id", "=", reportId)
        .where("counter_notices.status", "=", "awaiting_reply")
        .executeTakeFirst();
      if (!notice)
        throw new AppError(409, "no_counter_notice", "There is no counter-notice waiting for your reply.");
      const at = clock.now().toISOString();
      if (at > notice.reply_due_at)
        throw new AppError(409, "reply_too_late", "The time to reply (3 business days) has passed.");
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable("counter_notices")
          .set({ reply, replied_at: at, status: "awaiting_decision" })
          .where("id", "=", notice.id)
          .where("status", "=", "awaiting_reply")
          .execute();
        await deps.cases.appendEvent(tx, {
          caseId: notice.case_id,
          type: "counter_notice.replied",
          status: "decided",
          actorUserId: actor?.userId ?? null,
          data: { id: notice.id },
          at,
        });
      });
    },

    async queue(actor: Actor | null) {
      const member = await requireStaff(db, deps.staff, actor);
      if (!mayWorkDepartment(member, "ip_protection"))
        throw forbidden("Counter-notices are decided by IP Protection.");
      const rows = await db
        .selectFrom("counter_notices")
        .innerJoin("cases", "cases.id", "counter_notices.case_id")
        .selectAll("counter_notices")
        .select("cases.target_title")
        .where("counter_notices.status", "=", "awaiting_decision")
        .orderBy("counter_notices.created_at")
        .limit(100)
        .execute();
      return rows.map((r) => toDto(r, r.target_title));
    },

    /** IP Protection decides: reinstate (the removal is undone, and counts against the reporter) or keep. */
    async decide(actor: Actor | null, id: string, input: z.infer<typeof DecideCounterNotice>) {
      const member = await requireStaff(db, deps.staff, actor);
      if (!mayWorkDepartment(member, "ip_protection"))
        throw forbidden("Counter-notices are decided by IP Protection.");
      const notice = await db
        .selectFrom("counter_notices")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (!notice) throw notFound("This counter-notice");
      if (notice.status !== "awaiting_decision") {
        throw new AppError(
          409,
          "not_ready",
          "This counter-notice waits for the rights holder's reply, or is decided.",
        );
      }
      const at = clock.now().toISOString();
      const caseRow = await deps.cases.findById(db, notice.case_id);
      await db.transaction().execute(async (tx) => {
        const updated = await tx
          .updateTable("counter_notices")
          .set({
            status: "decided",
            outcome: input.outcome,
            reason: input.reason,
            decided_by: member.actor.userId,
            decided_at: at,
          })
          .where("id", "=", id)
          .where("status", "=", "awaiting_decision")
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0)
          throw new AppError(409, "already_decided", "This counter-notice is already decided.");
        if (input.outcome === "reinstate")
          await reverseEnforcement(tx, deps.decisions, notice.decision_id, at);
        await deps.cases.appendEvent(tx, {
          caseId: notice.case_id,
          type: "counter_notice.decided",
          status: "decided",
          actorUserId: member.actor.userId,
          data: { id, outcome: input.outcome },
          at,
        });
        const seller = await tx
          .selectFrom("user")
          .select("email")
          .where("id", "=", notice.seller_user_id)
          .executeTakeFirst();
        const holders = await rightsHolderReports(tx, notice.case_id);
        const data = {
          outcome: input.outcome,
          reason: input.reason,
          targetTitle: caseRow?.target_title ?? "",
          url: `${deps.publicUrl}/my/reports`,
        };
        await mailAll(
          tx,
          id,
          [...(seller ? [seller.email] : []), ...holders.map((h) => h.contact_email)],
          "counter-notice-decided",
          data,
        );
      });
      return toDto(
        {
          ...notice,
          status: "decided",
          outcome: input.outcome,
          reason: input.reason,
          decided_at: at,
          decided_by: member.actor.userId,
        },
        caseRow?.target_title ?? "",
      );
    },
  };
}

/** The worker's timer: a counter-notice whose reply time ran out goes to IP Protection, once. */
export async function closeExpiredReplies(db: Db, clock: Clock, cases: CasesRepository) {
  const at = clock.now().toISOString();
  const due = await db
    .selectFrom("counter_notices")
    .select(["id", "case_id"])
    .where("status", "=", "awaiting_reply")
    .where("reply_due_at", "<=", at)
    .orderBy("reply_due_at")
    .limit(100)
    .execute();
  for (const notice of due) {
    await db.transaction().execute(async (tx) => {
      const moved = await tx
        .updateTable("counter_notices")
        .set({ status: "awaiting_decision" })
        .where("id", "=", notice.id)
        .where("status", "=", "awaiting_reply")
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) === 0) return;
      await cases.appendEvent(tx, {
        caseId: notice.case_id,
        type: "counter_notice.reply_time_over",
        status: "decided",
        actorUserId: null,
        data: { id: notice.id },
        at,
      });
    });
  }
  return due.length;
}

export type CounterNoticesService = ReturnType<typeof createCounterNoticesService>;
