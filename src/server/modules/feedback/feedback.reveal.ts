import type { Clock } from "../../platform/clock.ts";
import type { Db, Tx } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import type { FeedbackRepository } from "./feedback.repository.ts";
import { contributionOf, detailedOf } from "./feedback.rules.ts";

/**
 * Double-blind feedback. The buyer's ratings of an order and the seller's feedback on its buyer stay with
 * their authors until both are in or the 30 days close, so that neither answers the other or pressures
 * it. Ratings enter the store's and the listing's figures only as they are shown.
 */
export async function revealOrder(tx: Tx, feedback: FeedbackRepository, orderId: string, at: string) {
  const shown = await feedback.reveal(tx, orderId, at);
  await feedback.addContributions(
    tx,
    shown.items.flatMap((row) => contributionOf(row, 1) ?? []),
  );
  const detailed = shown.store && detailedOf(shown.store, 1);
  if (detailed) await feedback.addDetailed(tx, detailed);
}

const BATCH = 200;

/** The worker's sweep: shows what waits on orders whose 30 days have closed; returns how many orders. */
export async function revealClosedWindows(deps: {
  db: Db;
  transact: Transact;
  clock: Clock;
  feedback: FeedbackRepository;
}): Promise<number> {
  const now = deps.clock.now().toISOString();
  const due = await deps.feedback.dueToReveal(deps.db, now, BATCH);
  // One transaction per order: its rows change once (the update skips what another sweep showed).
  for (const orderId of due) await deps.transact((tx) => revealOrder(tx, deps.feedback, orderId, now));
  return due.length;
}
