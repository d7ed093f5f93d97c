import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import type { CounterNoticesRepository } from "./counter-notices.repository.ts";

const BATCH = 100;

interface TimerDeps {
  db: Db;
  transact: Transact;
  clock: Clock;
  notices: Pick<CounterNoticesRepository, "replyTimeOver" | "passToDecision">;
  transitions: CasesPorts["caseTransitions"];
}

/** The worker's timer: a counter-notice whose reply time ran out goes to IP Protection, once. */
export async function closeExpiredReplies({ db, transact, clock, notices, transitions }: TimerDeps) {
  const at = clock.now().toISOString();
  const due = await notices.replyTimeOver(db, at, BATCH);
  for (const notice of due) {
    await transact(async (tx) => {
      if (!(await notices.passToDecision(tx, notice.id))) return;
      await transitions.transitionCase(tx, notice.case_id, {
        type: "counter_notice.reply_time_over",
        actorUserId: null,
        data: { id: notice.id },
        at,
      });
    });
  }
  return due.length;
}
