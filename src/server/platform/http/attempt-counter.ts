import { sql } from "kysely";
import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";

export interface AttemptCount {
  hits: number;
  /** Seconds until the window ends and the count starts again. */
  retryAfterSeconds: number;
}

/**
 * Counts attempts per key in fixed windows, in the database: one atomic upsert per attempt, so that
 * every app instance on one PostgreSQL sees the same count.
 */
export function createAttemptCounter(db: Db, clock: Clock) {
  async function hit(key: string, windowMs: number): Promise<AttemptCount> {
    const now = clock.now();
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const resetsAt = new Date(start + windowMs);
    await db.deleteFrom("rate_limit_counters").where("expires_at", "<", now.toISOString()).execute();
    const row = await db
      .insertInto("rate_limit_counters")
      .values({
        key,
        window_start: new Date(start).toISOString(),
        hits: 1,
        expires_at: resetsAt.toISOString(),
      })
      .onConflict((oc) =>
        oc.columns(["key", "window_start"]).doUpdateSet({ hits: sql`rate_limit_counters.hits + 1` }),
      )
      .returning("hits")
      .executeTakeFirstOrThrow();
    const retryAfterSeconds = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
    return { hits: Number(row.hits), retryAfterSeconds };
  }
  return { hit };
}

export type AttemptCounter = ReturnType<typeof createAttemptCounter>;
