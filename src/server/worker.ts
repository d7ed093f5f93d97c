import { mailHandler } from "./modules/notifications/mail.handler.ts";
import type { Clock } from "./platform/clock.ts";
import type { DatabaseHandle } from "./platform/db/database.ts";
import type { Mailer } from "./platform/mail/mailer.ts";
import { type OutboxHandler, processDue } from "./platform/outbox/outbox.ts";

export interface WorkerDeps {
  database: DatabaseHandle;
  clock: Clock;
  mailer: Mailer;
  log?: (error: unknown) => void;
}

export interface Worker {
  /** Processes what is due now, until nothing is left; returns how many messages it handled. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function createWorker(deps: WorkerDeps, pollMs = 500): Worker {
  const handlers: Record<string, OutboxHandler> = { "mail.send": mailHandler(deps.mailer) };
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await processDue(deps.database, deps.clock, handlers);
      total += n;
      if (n === 0) return total;
    }
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
