import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { TimerAction } from "./dispute-machine.ts";
import { momentText } from "./dispute-texts.ts";
import { type AnyMove, type MoveDeps, moveDispute, nextReminder } from "./disputes.moves.ts";
import type { DisputeRow, ProposalRow } from "./disputes.repository.ts";
import { latestProposals, nextStepOf, refundOf } from "./disputes.views.ts";

/** Timers fired per transaction: the rows stay locked until it commits, so a side acting waits at most this long. */
const BATCH = 25;
const LANES = 4;

interface TimerDeps extends MoveDeps {
  db: Db;
  transact: Transact;
  /** PostgreSQL: claim due rows with FOR UPDATE SKIP LOCKED, so that workers share the sweep. */
  skipLocked: boolean;
}

/** What a due timer records, from the dispute as it is now. */
function timerMove(d: DisputeRow, action: TimerAction, proposals: ProposalRow[]): AnyMove {
  const base = { by: "timer" as const, actorUserId: null };
  switch (action) {
    case "carry_out_buyer_proposal":
    case "carry_out_seller_proposal": {
      const side = action === "carry_out_buyer_proposal" ? "buyer" : "seller";
      const proposal = latestProposals(proposals)[side]!;
      const refundMinor = refundOf(proposal, d.disputed_minor);
      const settled = { outcome: proposal.kind, refundMinor };
      return {
        ...base,
        event: "proposal.carried_out",
        data: { proposalId: proposal.id, ...settled },
        settled,
      };
    }
    case "escalate":
      return { ...base, event: "dispute.escalated", data: {} };
    case "end_evidence_request":
      return { ...base, event: "evidence.request_ended", data: {} };
    case "return_not_shipped":
      return {
        ...base,
        event: "return.not_shipped",
        data: {},
        settled: { outcome: "rejected", refundMinor: 0 },
      };
    case "refund_return":
      return {
        ...base,
        event: "return.refunded_by_timer",
        data: { refundMinor: d.refund_minor ?? d.disputed_minor },
      };
  }
}

/**
 * The worker's sweep: each dispute whose timer is due gets what its timer does, once. A batch is claimed
 * and fired in one transaction (its rows locked on PostgreSQL, skipped by other workers); each move
 * still names the version it read, so a dispute that moved on meanwhile is left alone.
 */
async function fireBatch(deps: TimerDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  return deps.transact(async (tx) => {
    const due = await deps.disputes.claimDue(tx, now, BATCH, deps.skipLocked);
    let fired = 0;
    for (const d of due) {
      try {
        // Read once: the timer's move adds no proposal, so the mails' next step reads the same ones.
        const proposals = await deps.disputes.proposalsOf(tx, d.id);
        await moveDispute(tx, deps, d, timerMove(d, d.deadline_action!, proposals), { proposals });
        fired += 1;
      } catch (error) {
        // Refused by the rules or moved on: nothing was written; the next sweep reads its new clock.
        if (!(error instanceof AppError && error.status === 409)) throw error;
      }
    }
    return fired;
  });
}

/**
 * Several batches at once: a move is a dozen short statements, so one batch mostly waits for the
 * database. On PostgreSQL each lane locks its own rows; on SQLite the lanes' transactions run one after
 * the other inside a group commit, each seeing what the one before it fired.
 */
export async function fireDueTimers(deps: TimerDeps): Promise<number> {
  const fired = await Promise.all(Array.from({ length: LANES }, () => fireBatch(deps)));
  return fired.reduce((sum, n) => sum + n, 0);
}

/** Before a timer fires (a day before; for a return also two days before), the side that must act is told what happens then. */
export async function sendReminders(deps: TimerDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  const due = await deps.disputes.remindersDue(deps.db, now, BATCH);
  for (const d of due) {
    await deps.transact(async (tx) => {
      const following = d.deadline_at
        ? nextReminder(d.status, new Date(d.deadline_at), deps.clock.now())
        : null;
      if (!(await deps.disputes.change(tx, d.id, d.version, { reminder_at: following }))) return;
      const who = d.deadline_who ?? "platform";
      await deps.disputes.appendEvent(tx, {
        disputeId: d.id,
        type: "reminder.sent",
        status: d.status,
        actor: "system",
        actorUserId: null,
        data: { to: who, dueAt: d.deadline_at ?? now },
        at: now,
      });
      const userId = who === "buyer" ? d.buyer_user_id : who === "seller" ? d.seller_user_id : null;
      const email = userId ? (await deps.disputes.emailsOf(tx, [userId])).get(userId) : undefined;
      if (!email) return;
      const next = nextStepOf(d, await deps.disputes.proposalsOf(tx, d.id));
      await enqueue(tx, deps.clock, {
        topic: "mail.send",
        dedupeKey: `mail:dispute-reminder:${d.id}:${d.reminder_at}`,
        payload: mailMessage("dispute-reminder", email, {
          reference: d.reference,
          orderId: d.order_id,
          dueText: momentText(d.deadline_at ?? now),
          next: next.text,
          ifNobody: next.ifNobodyActs ?? "",
          url: `${deps.publicUrl}/disputes/${d.id}`,
        }),
      });
    });
  }
  return due.length;
}
