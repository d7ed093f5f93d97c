import type { ControlledTransaction } from "kysely";
import type { DatabaseHandle, Tx } from "./database.ts";
import type { Database } from "./schema.ts";

/** Runs `work` in a transaction: all of it commits, or none of it. */
export type Transact = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

interface Unit {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * PostgreSQL runs transactions side by side on its pool. SQLite has one writer, and a commit (with the
 * checkpoints it triggers) costs more than the statements of a small transaction: there, transactions
 * that arrive while one is running are grouped into one commit, each in its own savepoint, so that one
 * failing unit rolls back alone. Each caller's promise settles only after the commit that holds its work.
 */
export function createTransact(handle: DatabaseHandle): Transact {
  if (handle.dialect === "postgres") return (work) => handle.db.transaction().execute(work);
  let queue: Unit[] = [];
  let flushing = false;

  async function runBatch(batch: Unit[]) {
    const trx: ControlledTransaction<Database> = await handle.db.startTransaction().execute();
    const outcomes: (() => void)[] = [];
    try {
      for (const unit of batch) {
        const savepoint = await trx.savepoint("unit").execute();
        try {
          const value = await unit.work(savepoint);
          await savepoint.releaseSavepoint("unit").execute();
          outcomes.push(() => unit.resolve(value));
        } catch (error) {
          await savepoint.rollbackToSavepoint("unit").execute();
          await savepoint.releaseSavepoint("unit").execute();
          outcomes.push(() => unit.reject(error));
        }
      }
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      for (const unit of batch) unit.reject(error);
      return;
    }
    for (const settle of outcomes) settle();
  }

  async function flush() {
    flushing = true;
    // SQLite's calls are synchronous: without yielding to the event loop here, no request that arrived
    // meanwhile would reach the queue, and every batch would hold one unit.
    await new Promise((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await runBatch(batch);
      await new Promise((resolve) => setImmediate(resolve));
    }
    flushing = false;
  }

  return <T>(work: (tx: Tx) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!flushing) void flush();
    });
}
