import crypto from "node:crypto";
import type { Clock } from "../../platform/clock.ts";
import type { Config } from "../../platform/config.ts";
import type { DatabaseHandle } from "../../platform/db/database.ts";
import { createTransact } from "../../platform/db/transactions.ts";
import { createEvidenceStore } from "../../platform/storage/evidence-store.ts";
import type { Auth } from "../accounts/auth.ts";
import { createDemoRepository } from "./demo.repository.ts";
import { seedDemo } from "./demo.seed.ts";

export const REMOVE_COMMAND = "npm run demo:remove (or: node src/cli/redress.ts demo remove)";

const repo = createDemoRepository();

/**
 * With the demo off, the demo accounts must not work: their password is published. They are signed out,
 * their password is replaced by the hash of a random secret nobody holds, their staff powers go, and their
 * address becomes an unguessable one, so that no password reset can reach them. Answers how many were
 * disabled now and how many demo accounts there are in all.
 */
export async function disableDemoAccounts(
  database: DatabaseHandle,
  auth: Auth,
): Promise<{ disabled: number; total: number }> {
  const { db } = database;
  const active = await repo.activeDemoUsers(db);
  if (active.length > 0) {
    const context = await auth.$context;
    const unusable = await context.password.hash(crypto.randomBytes(32).toString("base64url"));
    await createTransact(database)((tx) =>
      repo.disable(tx, active, unusable, () => crypto.randomBytes(12).toString("hex")),
    );
  }
  return { disabled: active.length, total: await repo.countDemoUsers(db) };
}

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/** At start: seeds the demo once when it is on; disables the demo accounts when it is off. */
export async function applyDemoSetting(
  deps: { config: Config; database: DatabaseHandle; clock: Clock; auth: Auth },
  log: Log,
) {
  if (deps.config.demo) {
    const started = Date.now();
    const steps = await seedDemo(deps);
    if (steps !== null)
      log.info(`demo marketplace seeded (${steps} backlog steps in ${Date.now() - started} ms)`);
    return;
  }
  const { disabled, total } = await disableDemoAccounts(deps.database, deps.auth);
  if (disabled > 0)
    log.warn(
      `demo is off: ${disabled} demo accounts disabled; to remove the demo data, run ${REMOVE_COMMAND}`,
    );
  else if (total > 0)
    log.info(
      `demo is off: the demo data is still here (its ${total} accounts are disabled); to remove it, run ${REMOVE_COMMAND}`,
    );
}

export type RemoveResult = { removed: true; rows: number } | { removed: false; message: string };

/**
 * Deletes the demo: its catalog, reports, cases, decisions, rights, outbox and accounts. Only while nothing
 * but the demo is in the database: a real account, store, listing or order may have reports, decisions and
 * an audit trail woven into the demo's, which a deletion across the tables could not separate safely.
 */
export async function removeDemo(
  database: DatabaseHandle,
  dataDir: string,
  auth: Auth,
): Promise<RemoveResult> {
  const { db } = database;
  const real = await repo.countRealData(db);
  const found = Object.entries(real).filter(([, n]) => n > 0);
  if (found.length > 0) {
    // The demo stays, but its published password must not keep working beside real data.
    const { total } = await disableDemoAccounts(database, auth);
    return {
      removed: false,
      message:
        `Not removed: this database holds data that is not the demo's (${found.map(([what, n]) => `${n} ${what}`).join(", ")}). ` +
        "Its reports, decisions and history may be mixed with the demo's, and deleting across the tables could " +
        "take them along, so Redress does not do it. The safe route: stop Redress, and start it with " +
        "REDRESS_DEMO=0 on a fresh data directory (DATA_DIR) or a new empty database (DATABASE_URL); then create " +
        `your accounts there. The ${total} demo accounts here are disabled (they can no longer sign in).`,
    };
  }
  const blobs = await repo.storedBlobs(db);
  const counts = await createTransact(database)((tx) => repo.deleteEverything(tx));
  const store = createEvidenceStore(dataDir);
  for (const sha of blobs) await store.remove(sha);
  return { removed: true, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
}
