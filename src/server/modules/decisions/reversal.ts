import type { Tx } from "../../platform/db/database.ts";
import { settleAfterEnding } from "./enforcement.ts";
import type { EnforcementsRepository } from "./enforcements.repository.ts";

/**
 * Undoes a decision's enforcement on appeal or counter-notice: its measures end at once, so that each
 * listing and store shows what the other measures still in force imply (or the state before them all),
 * its strikes are removed, and its statement of reasons is marked reversed.
 */
export async function reverseEnforcement(
  tx: Tx,
  repo: EnforcementsRepository,
  decisionId: string,
  at: string,
) {
  const ending = (await repo.enforcementsOf(tx, decisionId)).filter((e) => !e.lifted_at);
  await repo.markReversed(tx, decisionId, at);
  await settleAfterEnding(
    tx,
    repo,
    ending.map((e) => ({ ...e, lifted_at: at, lift_reason: "reversed" })),
    at,
  );
  await repo.removeStrikesOf(tx, decisionId, at);
}
