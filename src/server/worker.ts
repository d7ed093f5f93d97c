import { createCasesRepository } from "./modules/cases/cases.repository.ts";
import { closeExpiredReplies } from "./modules/counter-notices/counter-notices.service.ts";
import { createDecisionsRepository } from "./modules/decisions/decisions.repository.ts";
import { liftDueEnforcements } from "./modules/decisions/decisions.timers.ts";
import { mailHandler } from "./modules/notifications/mail.handler.ts";
import { warnExpiringRights } from "./modules/rights/rights.timers.ts";
import type { Clock } from "./platform/clock.ts";
import type { DatabaseHandle } from "./platform/db/database.ts";
import type { Mailer } from "./platform/mail/mailer.ts";
import { deleteExpiredRows } from "./platform/outbox/outbox.cleanup.ts";
import { type OutboxHandler, processDue } from "./platform/outbox/outbox.ts";

export interface WorkerDeps {
  database: DatabaseHandle;
  clock: Clock;
  mailer: Mailer;
  log?: (error: unknown) => void;
  /** For links in the mails the worker writes itself (expiry warnings); without it they name the page. */
  publicUrl?: string;
}

export interface Worker {
  /**
   * Lifts enforcements that ended, sends what is due until nothing is left, then clears a batch of sent
   * messages and idempotency keys past their keeping time; returns how many rows it handled.
   */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function createWorker(deps: WorkerDeps, pollMs = 500): Worker {
  const handlers: Record<string, OutboxHandler> = {
    "mail.send": mailHandler(deps.mailer, { db: deps.database.db, clock: deps.clock }),
  };
  const decisions = createDecisionsRepository();
  const cases = createCasesRepository();
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  async function drain(): Promise<number> {
    let total = await liftDueEnforcements(deps.database, deps.clock, decisions);
    total += await warnExpiringRights(deps.database, deps.clock, deps.publicUrl);
    total += await closeExpiredReplies(deps.database.db, deps.clock, cases);
    for (;;) {
      const n = await processDue(deps.database, deps.clock, handlers);
      total += n;
      if (n === 0) break;
    }
    return total + (await deleteExpiredRows(deps.database, deps.clock));
  }

  function loop() {
    if (stopped) return;
    running = drain()
      .then(() => undefined)
      .catch((error) => deps.log?.(error))
      .finally(() => {
        if (!stopped) setTimeout(loop, pollMs).unref();
      });
  }

  if (pollMs > 0) setTimeout(loop, 0).unref();
  return {
    drain,
    async stop() {
      stopped = true;
      await running;
    },
  };
}
