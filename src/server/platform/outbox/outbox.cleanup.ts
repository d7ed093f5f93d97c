import type { Clock } from "../clock.ts";
import type { DatabaseHandle } from "../db/database.ts";

const DAY_MS = 86_400_000;
/** Sent messages are kept a week, for looking into what went out. */
export const PROCESSED_OUTBOX_KEEP_MS = 7 * DAY_MS;
/** A client retries a request within minutes; a day covers any sane retry and nothing more. */
export const IDEMPOTENCY_KEY_KEEP_MS = DAY_MS;
/** Rows per table per run, so that a large backlog is cleared over several runs, not in one long lock. */
export const CLEANUP_BATCH = 1_000;

/**
 * Deletes outbox rows processed more than a week ago, idempotency keys older than a day and the
 * counters of ended rate-limit windows, at most
 * `limit` of each; returns how many rows went. The limit is a subquery on the key because neither dialect
 * takes `delete … limit` portably.
 */
export async function deleteExpiredRows(
  handle: DatabaseHandle,
  clock: Clock,
  limit = CLEANUP_BATCH,
): Promise<number> {
  const now = clock.now().getTime();
  const processedBefore = new Date(now - PROCESSED_OUTBOX_KEEP_MS).toISOString();
  const keysBefore = new Date(now - IDEMPOTENCY_KEY_KEEP_MS).toISOString();
  const outbox = await handle.db
    .deleteFrom("outbox")
    .where("id", "in", (qb) =>
      qb.selectFrom("outbox").select("id").where("processed_at", "<", processedBefore).limit(limit),
    )
    .executeTakeFirst();
  const keys = await handle.db
    .deleteFrom("idempotency_keys")
    .where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple("scope", "key"),
        "in",
        selectFrom("idempotency_keys")
          .select(["scope", "key"])
          .where("created_at", "<", keysBefore)
          .limit(limit)
          .$asTuple("scope", "key"),
      ),
    )
    .executeTakeFirst();
  const counters = await handle.db
    .deleteFrom("rate_limit_counters")
    .where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple("key", "window_start"),
        "in",
        selectFrom("rate_limit_counters")
          .select(["key", "window_start"])
          .where("expires_at", "<", new Date(now).toISOString())
          .limit(limit)
          .$asTuple("key", "window_start"),
      ),
    )
    .executeTakeFirst();
  return Number(outbox.numDeletedRows) + Number(keys.numDeletedRows) + Number(counters.numDeletedRows);
}
