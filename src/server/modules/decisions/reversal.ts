import type { Tx } from "../../platform/db/database.ts";
import type { CatalogState, DecisionsRepository } from "./decisions.repository.ts";

const LISTING_STATUS_SET_BY: Record<string, string> = {
  remove_listing: "removed",
  demote_listing: "demoted",
  restrict_listing: "restricted",
};
const STORE_STATUS_SET_BY: Record<string, string> = { freeze_store: "frozen", close_store: "closed" };

/**
 * Undoes a decision's enforcement on appeal: the listing and store get back the state they had before the
 * decision — but only where they still show what this decision did, so that a later decision stands —
 * its strikes are removed, its payouts released, and its statement of reasons is marked reversed.
 */
export async function reverseEnforcement(tx: Tx, repo: DecisionsRepository, decisionId: string, at: string) {
  const enforcements = await repo.enforcementsOf(tx, decisionId);
  const active = enforcements.filter((e) => !e.lifted_at);
  const first = enforcements[0];
  if (first?.previous_json) {
    const before = JSON.parse(first.previous_json) as CatalogState;
    const listingStatuses = active.map((e) => LISTING_STATUS_SET_BY[e.type]).filter((s): s is string => !!s);
    const listingAction = active.find((e) => e.type in LISTING_STATUS_SET_BY);
    if (before.listing && listingAction) {
      await repo.restoreListingState(tx, listingAction.target_id, listingStatuses, before.listing, at);
    }
    const storeStatuses = active.map((e) => STORE_STATUS_SET_BY[e.type]).filter((s): s is string => !!s);
    if (before.store && storeStatuses.length > 0) {
      await repo.restoreStoreState(
        tx,
        first.store_id,
        storeStatuses,
        { status: before.store.status, frozen_until: before.store.frozen_until },
        at,
      );
    }
    if (before.store && active.some((e) => e.type === "freeze_payouts")) {
      await repo.setStore(tx, first.store_id, {
        payouts_frozen_until: before.store.payouts_frozen_until,
        updated_at: at,
      });
    }
  }
  await repo.removeStrikesOf(tx, decisionId, at);
  await repo.markReversed(tx, decisionId, at);
}
