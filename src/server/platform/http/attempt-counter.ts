import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { sql } from "kysely";
import type { Clock } from "../clock.ts";
import type { Write } from "../db/transactions.ts";

export interface AttemptCount {
  hits: number;
  /** Seconds until the window ends and the count starts again. */
  retryAfterSeconds: number;
}

type Hit = (key: string, windowMs: number) => Promise<AttemptCount>;

/**
 * Counts attempts per key in fixed windows, in the database: one atomic upsert per attempt, so that
 * every app instance on one database sees the same count. `rateLimitStore` hands the same counters to
 * @fastify/rate-limit, whose own store is a map in each process's memory (each instance would grant
 * the whole limit again). A window's key holds its start, so an ended window's row is never counted
 * again: the worker's clean-up deletes those rows, not each attempt (that was a second write per request).
 */
export function createAttemptCounter(write: Write, clock: Clock) {
  const hit: Hit = async (key, windowMs) => {
    const now = clock.now();
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    const resetsAt = new Date(start + windowMs);
    const row = await write((db) =>
      db
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
        .executeTakeFirstOrThrow(),
    );
    const retryAfterSeconds = Math.max(1, Math.ceil((resetsAt.getTime() - now.getTime()) / 1000));
    return { hits: Number(row.hits), retryAfterSeconds };
  };
  return { hit, rateLimitStore: rateLimitStoreOn(hit) };
}

export type AttemptCounter = ReturnType<typeof createAttemptCounter>;

interface LimitedRoute {
  routeInfo?: { method?: string | string[]; url?: string };
}

function rateLimitStoreOn(hit: Hit): FastifyRateLimitStoreCtor {
  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    private readonly prefix: string;

    /** The plugin constructs the store with its options; `child` gives each route its own prefix. */
    constructor(_options?: unknown, prefix = "route|") {
      this.prefix = prefix;
    }

    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ): void {
      hit(`${this.prefix}${key}`, timeWindow).then(
        ({ hits, retryAfterSeconds }) => callback(null, { current: hits, ttl: retryAfterSeconds * 1000 }),
        (error: Error) => callback(error),
      );
    }

    /** Each limited route counts on its own, as with the plugin's own stores. */
    child(routeOptions: object): FastifyRateLimitStore {
      const route = (routeOptions as LimitedRoute).routeInfo ?? {};
      const method = [route.method ?? ""].flat().join(",");
      return new DatabaseRateLimitStore(undefined, `route|${method} ${route.url ?? ""}|`);
    }
  }
  return DatabaseRateLimitStore;
}
