import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { liftEnforcement } from "./enforcement.ts";
import type { EnforcementsRepository } from "./enforcements.repository.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  repo: EnforcementsRepository;
}

/** Lifts every enforcement whose end date has come; each in its own transaction. Returns how many. */
export async function liftDueEnforcements({ db, transact, clock, repo }: Deps) {
  const at = clock.now().toISOString();
  const due = await repo.dueToLift(db, at);
  for (const enforcement of due) {
    await transact((tx) => liftEnforcement(tx, repo, enforcement, at));
  }
  return due.length;
}
