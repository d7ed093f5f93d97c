import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";
import { newId } from "../ids.ts";
import type { TimerJob } from "./module.ts";

/** Longer than any one batch of a job takes; a worker that dies mid-run frees the job after it. */
const LEASE_MS = 5 * 60_000;
/** A job that keeps finding work is run again at once, up to this many times per pass. */
const MAX_ROUNDS = 50;

/**
 * Runs scheduled jobs so that, however many worker instances share the database, each job runs on one
 * of them at a time (a lease on its `timer_locks` row) and at most once per interval (its last run).
 */
export function createTimerRunner(db: Db, clock: Clock) {
  /** Jobs whose row is known to exist: the worker polls every half second, and need not write each time. */
  const known = new Set<string>();

  async function lease(job: TimerJob, spaced: boolean): Promise<string | null> {
    const now = clock.now();
    if (!known.has(job.name)) {
      await db
        .insertInto("timer_locks")
        .values({ name: job.name, lease_token: null, locked_until: null, last_run_at: null })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      known.add(job.name);
    }
    const token = newId();
    const dueBefore = new Date(now.getTime() - job.everySeconds * 1000).toISOString();
    const taken = await db
      .updateTable("timer_locks")
      .set({ lease_token: token, locked_until: new Date(now.getTime() + LEASE_MS).toISOString() })
      .where("name", "=", job.name)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now.toISOString())]))
      .$if(spaced, (qb) =>
        qb.where((eb) => eb.or([eb("last_run_at", "is", null), eb("last_run_at", "<=", dueBefore)])),
      )
      .executeTakeFirst();
    return Number(taken.numUpdatedRows) === 1 ? token : null;
  }

  async function release(job: TimerJob, token: string, ran: boolean) {
    await db
      .updateTable("timer_locks")
      .set({
        lease_token: null,
        locked_until: null,
        ...(ran ? { last_run_at: clock.now().toISOString() } : {}),
      })
      .where("name", "=", job.name)
      .where("lease_token", "=", token)
      .execute();
  }

  /**
   * Runs `job` if no other instance holds it (and, when `spaced`, if its interval has passed since its
   * last run); returns how many rows it handled, 0 when it did not run.
   */
  async function runOnce(job: TimerJob, spaced: boolean): Promise<number> {
    const token = await lease(job, spaced);
    if (!token) return 0;
    let total = 0;
    try {
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const handled = await job.run();
        total += handled;
        if (handled === 0) break;
      }
    } catch (error) {
      await release(job, token, false);
      throw error;
    }
    await release(job, token, true);
    return total;
  }

  return { runOnce };
}
