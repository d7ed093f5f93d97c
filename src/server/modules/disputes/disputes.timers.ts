import type { Db, Tx } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { enqueueMany, type OutboxMessage } from "../../platform/outbox/outbox.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { TimerAction } from "./dispute-machine.ts";
import { momentText } from "./dispute-texts.ts";
import { type AnyMove, type MoveDeps, moveDisputes, nextReminder } from "./disputes.moves.ts";
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
 * still names the version it read, so a dispute that moved on meanwhile is left alone (refused by the
 * rules or moved on, nothing of it is written; the next sweep reads its new clock).
 */
async function fireBatch(deps: TimerDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  return deps.transact(async (tx) => {
    const due = await deps.disputes.claimDue(tx, now, BATCH, deps.skipLocked);
    if (due.length === 0) return 0;
    // Read once: a timer's move adds no proposal, so the mails' next step reads the same ones.
    const proposalsOf = await deps.disputes.proposalsOfMany(
      tx,
      due.map((d) => d.id),
    );
    const requests = due.map((d) => {
      const proposals = proposalsOf.get(d.id) ?? [];
      return { dispute: d, move: timerMove(d, d.deadline_action!, proposals), proposals };
    });
    const results = await moveDisputes(tx, deps, requests);
    return results.filter((r) => r.ok).length;
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

/**
 * Before a timer fires (a day before; for a return also two days before), the side that must act is told
 * what happens then. A batch is one transaction; a dispute that moved on meanwhile keeps its new reminder.
 */
export async function sendReminders(deps: TimerDeps): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.disputes.remindersDue(deps.db, now.toISOString(), BATCH);
  if (due.length === 0) return 0;
  await deps.transact(async (tx) => {
    const reminded = await deps.disputes.changeMany(
      tx,
      due.map((d) => ({
        id: d.id,
        version: d.version,
        set: { reminder_at: d.deadline_at ? nextReminder(d.status, new Date(d.deadline_at), now) : null },
      })),
    );
    const sent = due.filter((d) => reminded.has(d.id));
    if (sent.length === 0) return;
    await deps.disputes.appendEvents(
      tx,
      sent.map((d) => ({
        disputeId: d.id,
        type: "reminder.sent",
        status: d.status,
        actor: "system",
        actorUserId: null,
        data: { to: d.deadline_who ?? "platform", dueAt: d.deadline_at ?? now.toISOString() },
        at: now.toISOString(),
      })),
    );
    await enqueueMany(tx, deps.clock, await reminderMails(tx, deps, sent));
  });
  return due.length;
}

/** The reminder to the side that must act, with the same next step its dispute page shows. */
async function reminderMails(tx: Tx, deps: TimerDeps, sent: DisputeRow[]): Promise<OutboxMessage[]> {
  const userOf = (d: DisputeRow) =>
    d.deadline_who === "buyer" ? d.buyer_user_id : d.deadline_who === "seller" ? d.seller_user_id : null;
  const userIds = [...new Set(sent.map(userOf).filter((id): id is string => !!id))];
  if (userIds.length === 0) return [];
  const emails = await deps.disputes.emailsOf(tx, userIds);
  const proposalsOf = await deps.disputes.proposalsOfMany(
    tx,
    sent.map((d) => d.id),
  );
  return sent.flatMap((d): OutboxMessage[] => {
    const email = emails.get(userOf(d) ?? "");
    if (!email) return [];
    const next = nextStepOf(d, proposalsOf.get(d.id) ?? []);
    return [
      {
        topic: "mail.send",
        dedupeKey: `mail:dispute-reminder:${d.id}:${d.reminder_at}`,
        payload: mailMessage("dispute-reminder", email, {
          reference: d.reference,
          orderId: d.order_id,
          dueText: momentText(d.deadline_at ?? deps.clock.now().toISOString()),
          next: next.text,
          ifNobody: next.ifNobodyActs ?? "",
          url: `${deps.publicUrl}/disputes/${d.id}`,
        }),
      },
    ];
  });
}
