import type { z } from "zod";
import {
  type CounterNotice,
  type DecideCounterNotice,
  REPLY_DAYS,
} from "../../../contracts/counter-notices.ts";
import { addBusinessDays } from "../../platform/business-days.ts";
import type { Clock } from "../../platform/clock.ts";
import { type Db, isUniqueViolation, type Tx } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import { reverseEnforcement } from "../decisions/reversal.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { isReportHolder } from "../reports/reports.access.ts";
import { mayWorkDepartment } from "../staff/staff.policy.ts";
import type { StaffService } from "../staff/staff.service.ts";
import { counterNoticeRefusal } from "./counter-notice.policy.ts";
import type { CounterNoticesRepository, StoredCounterNotice } from "./counter-notices.repository.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  notices: CounterNoticesRepository;
  cases: CasesPorts["caseRecords"];
  transitions: CasesPorts["caseTransitions"];
  /** What reinstating a listing needs of decisions: undoing the decision's enforcement. */
  decisions: Parameters<typeof reverseEnforcement>[1];
  staff: Pick<StaffService, "requireStaff">;
  publicUrl: string;
}

const QUEUE_LIMIT = 100;
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

const toDto = (row: StoredCounterNotice, targetTitle: string): CounterNotice => ({
  id: row.id,
  caseId: row.case_id,
  attempt: row.attempt,
  statement: row.statement,
  status: row.status,
  createdAt: row.created_at,
  replyDueAt: row.reply_due_at,
  reply: row.reply,
  repliedAt: row.replied_at,
  outcome: row.outcome,
  reason: row.reason,
  decidedAt: row.decided_at,
  targetTitle,
});

/** IP counter-notices: the seller answers an IP removal, the rights holder replies, IP Protection decides. */
export function createCounterNoticesService(deps: Deps) {
  const { db, transact, clock, notices } = deps;

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
    const row = await notices.sellerCase(db, caseId);
    if (!row || row.affected_user_id !== actor.userId) throw notFound("This complaint");
    return row;
  }

  async function requireIpProtection(actor: Actor | null) {
    const member = await deps.staff.requireStaff(db, actor);
    if (!mayWorkDepartment(member, "ip_protection"))
      throw forbidden("Counter-notices are decided by IP Protection.");
    return member;
  }

  /** The counter-notice a rights holder may reply to now, from its report (or its private link). */
  async function awaitingReplyOf(actor: Actor | null, reportId: string, token: string | undefined) {
    const report = await notices.findReport(db, reportId);
    const isReporter = actor ? report?.reporter_user_id === actor.userId : !!token;
    if (!report || !isReporter || !(await isReportHolder(db, actor, report, token)))
      throw notFound("This report");
    const notice = await notices.awaitingReplyOfReport(db, reportId);
    if (!notice)
      throw new AppError(409, "no_counter_notice", "There is no counter-notice waiting for your reply.");
    return notice;
  }

  async function requireReadyToDecide(id: string) {
    const notice = await notices.findById(db, id);
    if (!notice) throw notFound("This counter-notice");
    if (notice.status !== "awaiting_decision") {
      throw new AppError(
        409,
        "not_ready",
        "This counter-notice waits for the rights holder's reply, or is decided.",
      );
    }
    return notice;
  }

  return {
    async list(actor: Actor | null, caseId: string) {
      if (!actor) throw unauthenticated();
      const row = await sellerCase(actor, caseId);
      const rows = await notices.ofCase(db, caseId);
      return rows.map((r) => toDto(r, row.target_title));
    },

    async file(actor: Actor | null, caseId: string, statement: string) {
      if (!actor) throw unauthenticated();
      const row = await sellerCase(actor, caseId);
      const decision = await notices.currentDecision(db, caseId);
      const holders = await notices.rightsHolderReports(db, caseId);
      if (decision?.outcome !== "action_taken" || holders.length === 0) {
        throw new AppError(
          409,
          "not_ip_removal",
          "Counter-notices answer IP complaints that led to a restriction.",
        );
      }
      const earlier = await notices.statusesOfCase(db, caseId);
      const now = clock.now();
      const refusal = counterNoticeRefusal(new Date(decision.decided_at), now, earlier);
      if (refusal) throw new AppError(409, `counter_notice_${refusal}`, REFUSALS[refusal]);
      const at = now.toISOString();
      const notice: StoredCounterNotice = {
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
        transact(async (tx) => {
          await notices.insert(tx, notice);
          await deps.transitions.transitionCase(tx, caseId, {
            type: "counter_notice.filed",
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
      const notice = await awaitingReplyOf(actor, reportId, token);
      const at = clock.now().toISOString();
      if (at > notice.reply_due_at)
        throw new AppError(409, "reply_too_late", "The time to reply (3 business days) has passed.");
      await transact(async (tx) => {
        // Of two replies at once the second finds the counter-notice answered.
        if (!(await notices.recordReply(tx, notice.id, reply, at)))
          throw new AppError(409, "no_counter_notice", "There is no counter-notice waiting for your reply.");
        await deps.transitions.transitionCase(tx, notice.case_id, {
          type: "counter_notice.replied",
          actorUserId: actor?.userId ?? null,
          data: { id: notice.id },
          at,
        });
      });
    },

    async queue(actor: Actor | null) {
      await requireIpProtection(actor);
      const rows = await notices.awaitingDecision(db, QUEUE_LIMIT);
      return rows.map((r) => toDto(r, r.target_title));
    },

    /** IP Protection decides: reinstate (the removal is undone, and counts against the reporter) or keep. */
    async decide(actor: Actor | null, id: string, input: z.infer<typeof DecideCounterNotice>) {
      const member = await requireIpProtection(actor);
      const notice = await requireReadyToDecide(id);
      const at = clock.now().toISOString();
      const decidedBy = member.actor.userId;
      const caseRow = await deps.cases.findById(db, notice.case_id);
      const targetTitle = caseRow?.target_title ?? "";
      await transact(async (tx) => {
        if (!(await notices.recordDecision(tx, id, { ...input, decidedBy, at })))
          throw new AppError(409, "already_decided", "This counter-notice is already decided.");
        if (input.outcome === "reinstate")
          await reverseEnforcement(tx, deps.decisions, notice.decision_id, at, decidedBy);
        await deps.transitions.transitionCase(tx, notice.case_id, {
          type: "counter_notice.decided",
          actorUserId: decidedBy,
          data: { id, outcome: input.outcome },
          at,
        });
        const seller = await notices.emailOf(tx, notice.seller_user_id);
        const holders = await notices.rightsHolderReports(tx, notice.case_id);
        const data = { ...input, targetTitle, url: `${deps.publicUrl}/my/reports` };
        await mailAll(
          tx,
          id,
          [...(seller ? [seller] : []), ...holders.map((h) => h.contact_email)],
          "counter-notice-decided",
          data,
        );
      });
      return toDto(
        { ...notice, status: "decided", ...input, decided_at: at, decided_by: decidedBy },
        targetTitle,
      );
    },
  };
}

export type CounterNoticesService = ReturnType<typeof createCounterNoticesService>;
