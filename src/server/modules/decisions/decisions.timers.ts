import type { Clock } from "../../platform/clock.ts";
import type { DatabaseHandle } from "../../platform/db/database.ts";
import type { DecisionsRepository } from "./decisions.repository.ts";
import { liftEnforcement } from "./enforcement.ts";

/** Lifts every enforcement whose end date has come; each in its own transaction. Returns how many. */
export async function liftDueEnforcements(database: DatabaseHandle, clock: Clock, repo: DecisionsRepository) {
  const at = clock.now().toISOString();
  const due = await repo.dueToLift(database.db, at);
  for (const enforcement of due) {
    await database.db.transaction().execute((tx) => liftEnforcement(tx, repo, enforcement, at));
  }
  return due.length;
}
