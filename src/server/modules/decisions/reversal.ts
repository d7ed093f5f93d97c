import type { Tx } from "../../platform/db/database.ts";
import { settleAfterEnding } from "./enforcement.ts";
import type { EnforcementsRepository } from "./enforcements.repository.ts";

/**
 * Undoes a decision's enforcement on appeal or counter-notice: its measures end at once, so that each
 * listing and store shows what the other measures still in force imply (or the state before them all),
 * its strikes are removed, and its statement of reasons is marked reversed. Each measure that ends here
 * is recorded as reversed, by `actorUserId` when the caller names who decided the reversal.
 */
export async function reverseEnforcement(
  tx: Tx,
  repo: EnforcementsRepository,
  decisionId: string,
  at: string,
  actorUserId: string | null = null,
) {
  const ending = (await repo.enforcementsOf(tx, decisionId)).filter((e) => !e.lifted_at);
  await repo.markReversed(tx, decisionId, at);
  await repo.appendEnforcementEvents(
    tx,
    ending.map((e) => ({
      enforcementId: e.id,
      type: "enforcement.reversed" as const,
      actorUserId,
      data: { from: "in_force" as const, to: "reversed" as const },
      at,
    })),
  );
  await settleAfterEnding(
    tx,
    repo,
    ending.map((e) => ({ ...e, lifted_at: at, lift_reason: "reversed" })),
    at,
  );
  await repo.removeStrikesOf(tx, decisionId, at);
}
