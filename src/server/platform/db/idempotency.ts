import type { z } from "zod";
import type { DbOrTx } from "./database.ts";

/**
 * The first answer to a request sent with an `Idempotency-Key`, kept per asker (`scope`) and key, with a
 * hash of what was asked: a retry gets the same answer; the same key for another request is refused by
 * the caller. `response` is parsed with the caller's schema as it is read back.
 */
export function createIdempotencyRecords<T>(Response: z.ZodType<T>) {
  return {
    find: (db: DbOrTx, scope: string, key: string) =>
      db
        .selectFrom("idempotency_keys")
        .selectAll()
        .where("scope", "=", scope)
        .where("key", "=", key)
        .executeTakeFirst()
        .then(
          (row) =>
            row && { requestHash: row.request_hash, response: Response.parse(JSON.parse(row.response_json)) },
        ),

    save: (
      tx: DbOrTx,
      row: { scope: string; key: string; requestHash: string; status: number; response: T; at: string },
    ) =>
      tx
        .insertInto("idempotency_keys")
        .values({
          scope: row.scope,
          key: row.key,
          request_hash: row.requestHash,
          status_code: row.status,
          response_json: JSON.stringify(row.response),
          created_at: row.at,
        })
        .execute(),
  };
}
