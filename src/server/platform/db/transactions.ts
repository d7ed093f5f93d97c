import type { ControlledTransaction } from "kysely";
import type { DatabaseHandle, DbOrTx, Tx } from "./database.ts";
import type { Database } from "./schema.ts";

export interface TransactOptions {
  /**
   * A unit that holds the database for long (a complaint with hundreds of links): on SQLite it runs in a
   * transaction of its own, after the small units waiting beside it, so that none of them waits for it.
   */
  alone?: boolean;
}

/** Runs `work` in a transaction: all of it commits, or none of it. */
export type Transact = <T>(work: (tx: Tx) => Promise<T>, options?: TransactOptions) => Promise<T>;

/** Runs one write statement. */
export type Write = <T>(work: (db: DbOrTx) => Promise<T>) => Promise<T>;

/**
 * A lone write statement (a rate-limit count): on SQLite it joins the group commit, as a commit of its
 * own costs more than the statement; on PostgreSQL it runs on its own, as a transaction would only add
 * two round trips.
 */
export function createWrite(handle: DatabaseHandle, transact: Transact): Write {
  return handle.dialect === "sqlite" ? (work) => transact(work) : (work) => work(handle.db);
}

interface Unit {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

// SQLite's calls are synchronous: without yielding to the event loop, no request that arrived meanwhile
// would reach the queue.
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * PostgreSQL runs transactions side by side on its pool. SQLite has one writer, and a commit (with the
 * checkpoints it triggers) costs more than the statements of a small transaction: there, transactions
 * that arrive while one is running are grouped into one commit, each in its own savepoint, so that one
 * failing unit rolls back alone. Each caller's promise settles only after the commit that holds its work.
 * A unit marked `alone` is never grouped: the small units waiting when its turn comes commit first, then
 * it runs by itself, then the small units that arrived meanwhile; so a long unit delays only those that
 * arrive while it runs, never a whole batch until its own commit. Every caller on one database handle
 * gets the same queue.
 */
export function createTransact(handle: DatabaseHandle): Transact {
  let transact = perHandle.get(handle);
  if (!transact) {
    transact =
      handle.dialect === "postgres" ? (work) => handle.db.transaction().execute(work) : groupCommit(handle);
    perHandle.set(handle, transact);
  }
  return transact;
}

// One queue per connection: the web app and the worker of one process then share each commit.
const perHandle = new WeakMap<DatabaseHandle, Transact>();

function groupCommit(handle: DatabaseHandle): Transact {
  let grouped: Unit[] = [];
  const alone: Unit[] = [];
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

  async function runGrouped() {
    const batch = grouped;
    grouped = [];
    await runBatch(batch);
  }

  async function flush() {
    flushing = true;
    await nextTurn();
    while (grouped.length > 0 || alone.length > 0) {
      if (grouped.length > 0) await runGrouped();
      const long = alone.shift();
      if (long) {
        // One more turn, so that small units on their way (sent with it) go first rather than after it.
        await nextTurn();
        if (grouped.length > 0) await runGrouped();
        await runBatch([long]);
      }
      await nextTurn();
    }
    flushing = false;
  }

  return <T>(work: (tx: Tx) => Promise<T>, options: TransactOptions = {}) =>
    new Promise<T>((resolve, reject) => {
      (options.alone ? alone : grouped).push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!flushing) void flush();
    });
}
