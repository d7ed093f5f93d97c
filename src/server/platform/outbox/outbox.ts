import crypto from "node:crypto";
import type { Selectable } from "kysely";
import { sql } from "kysely";
import type { Clock } from "../clock.ts";
import { chunksOf } from "../db/chunks.ts";
import type { DatabaseHandle, DbOrTx } from "../db/database.ts";
import type { OutboxTable } from "../db/schema.ts";
import { createTransact, createWrite } from "../db/transactions.ts";
import { newId } from "../ids.ts";

export interface OutboxMessage {
  topic: string;
  /** Unique per effect (e.g. `mail:report.receipt:<reportId>`): enqueuing it twice does it once. */
  dedupeKey: string;
  payload: unknown;
  availableAt?: Date;
}

/** Records a side effect inside the caller's transaction; the worker carries it out after commit. */
export async function enqueue(tx: DbOrTx, clock: Clock, message: OutboxMessage): Promise<void> {
  await enqueueMany(tx, clock, [message]);
}

/** Several side effects in one statement per chunk (a decision writes to every reporter of its case). */
export async function enqueueMany(tx: DbOrTx, clock: Clock, messages: OutboxMessage[]): Promise<void> {
  const now = clock.now();
  for (const chunk of chunksOf(messages, 1000)) {
    await tx
      .insertInto("outbox")
      .values(
        chunk.map((message) => ({
          id: newId(),
          topic: message.topic,
          dedupe_key: message.dedupeKey,
          payload_json: JSON.stringify(message.payload),
          created_at: now.toISOString(),
          available_at: (message.availableAt ?? now).toISOString(),
        })),
      )
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .execute();
  }
}

export type OutboxHandler = (payload: unknown, message: { id: string; attempts: number }) => Promise<void>;

const LEASE_MS = 60_000;
const MAX_ATTEMPTS = 10;

/**
 * Claims due messages by pushing their `available_at` forward by a lease: a worker that dies mid-way
 * leaves them to be claimed again when the lease runs out. Each claim writes a fresh `lease_token`, so a
 * worker that outlived its lease can tell its claim was taken over. On PostgreSQL, SKIP LOCKED lets many workers
 * claim side by side; SQLite has one writer, so a plain update is already exclusive.
 */
export async function claimDue(
  handle: DatabaseHandle,
  clock: Clock,
  limit: number,
): Promise<Selectable<OutboxTable>[]> {
  const now = clock.now();
  const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString();
  return createTransact(handle)(async (tx) => {
    let select = tx
      .selectFrom("outbox")
      .select("id")
      .where("processed_at", "is", null)
      .where("available_at", "<=", now.toISOString())
      .where("attempts", "<", MAX_ATTEMPTS)
      .orderBy("available_at")
      .limit(limit);
    if (handle.dialect === "postgres") select = select.modifyEnd(sql`for update skip locked`);
    const ids = (await select.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    return tx
      .updateTable("outbox")
      .set({ available_at: leaseUntil, attempts: sql`attempts + 1`, lease_token: crypto.randomUUID() })
      .where("id", "in", ids)
      .returningAll()
      .execute();
  });
}

function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 2 ** attempts * 5_000);
}

type Outcome = { processed_at?: string; last_error: string | null; available_at?: string };

/**
 * Settles a claimed message, but only while this worker still holds the claim: once another worker has
 * claimed it again, that worker's outcome is the one that counts (the row never flips back).
 */
async function settle(tx: DbOrTx, message: Selectable<OutboxTable>, outcome: Outcome): Promise<void> {
  await tx
    .updateTable("outbox")
    .set(outcome)
    .where("id", "=", message.id)
    .where("lease_token", "=", message.lease_token)
    .where("processed_at", "is", null)
    .execute();
}

async function carryOut(
  clock: Clock,
  handlers: Record<string, OutboxHandler>,
  message: Selectable<OutboxTable>,
): Promise<Outcome> {
  const handler = handlers[message.topic];
  try {
    if (!handler) throw new Error(`no handler for topic ${message.topic}`);
    await handler(JSON.parse(message.payload_json), { id: message.id, attempts: message.attempts });
    return { processed_at: clock.now().toISOString(), last_error: null };
  } catch (error) {
    const retryAt = new Date(clock.now().getTime() + backoffMs(message.attempts)).toISOString();
    return { last_error: String((error as Error).message ?? error).slice(0, 1000), available_at: retryAt };
  }
}

/**
 * Carries out one claimed batch side by side (the mailer pools its connections) and settles each message
 * as soon as it is done, so that a worker dying mid-batch leaves only its unfinished messages to be sent
 * again. On SQLite the settling writes join the group commit, so a batch costs a few commits, not one
 * per message.
 */
export async function processDue(
  handle: DatabaseHandle,
  clock: Clock,
  handlers: Record<string, OutboxHandler>,
  limit = 20,
): Promise<number> {
  const claimed = await claimDue(handle, clock, limit);
  const write = createWrite(handle, createTransact(handle));
  await Promise.all(
    claimed.map(async (message) => {
      const outcome = await carryOut(clock, handlers, message);
      await write((w) => settle(w, message, outcome));
    }),
  );
  return claimed.length;
}
