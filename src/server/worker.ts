import { createModules } from "./modules/modules.ts";
import type { Clock } from "./platform/clock.ts";
import type { Config } from "./platform/config.ts";
import type { DatabaseHandle } from "./platform/db/database.ts";
import type { Mailer } from "./platform/mail/mailer.ts";
import { createModuleContext } from "./platform/modules/module.ts";
import { createTimerRunner } from "./platform/modules/timers.ts";
import { deleteExpiredRows } from "./platform/outbox/outbox.cleanup.ts";
import { type OutboxHandler, processDue } from "./platform/outbox/outbox.ts";

export interface WorkerDeps {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  mailer: Mailer;
  log?: (error: unknown) => void;
}

export interface Worker {
  /**
   * Runs every module's timers now, sends what is due until nothing is left, then clears a batch of
   * sent messages and idempotency keys past their keeping time; returns how many rows it handled.
   */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/** The worker carries out what the modules declared: their outbox topics and their timers. */
export function createWorker(deps: WorkerDeps, pollMs = 500): Worker {
  const modules = createModules(createModuleContext(deps)).list;
  const handlers: Record<string, OutboxHandler> = Object.assign({}, ...modules.map((m) => m.topics ?? {}));
  const jobs = modules.flatMap((m) => m.jobs ?? []);
  const timers = createTimerRunner(deps.database.db, deps.clock);
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  /** `spaced`: the loop keeps each job's interval; an explicit drain runs every job now. */
  async function pass(spaced: boolean): Promise<number> {
    let total = 0;
    for (const job of jobs) total += await timers.runOnce(job, spaced);
    for (;;) {
      const n = await processDue(deps.database, deps.clock, handlers);
      total += n;
      if (n === 0) break;
    }
    return total + (await deleteExpiredRows(deps.database, deps.clock));
  }

  function loop() {
    if (stopped) return;
    running = pass(true)
      .then(() => undefined)
      .catch((error) => deps.log?.(error))
      .finally(() => {
        if (!stopped) setTimeout(loop, pollMs).unref();
      });
  }

  if (pollMs > 0) setTimeout(loop, 0).unref();
  return {
    drain: () => pass(false),
    async stop() {
      stopped = true;
      await running;
    },
  };
}
