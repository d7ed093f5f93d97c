import type { EnforcementAction } from "../../../contracts/decisions.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { CaseTable, EnforcementTable, StrikeTable } from "../../platform/db/schema.ts";
import { invalidInput } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { DecisionsRepository } from "./decisions.repository.ts";
import { STRIKE_LIFETIME_DAYS } from "./strike-policy.ts";

const LISTING_ACTIONS = new Set(["remove_listing", "demote_listing", "restrict_listing"]);
/** Far enough to read as "until further notice" and still compare as text with ISO timestamps. */
const INDEFINITE = "9999-12-31T00:00:00.000Z";

const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString();

export function refuseListingActionsOnStores(actions: EnforcementAction[], targetKind: string) {
  const index = actions.findIndex((a) => LISTING_ACTIONS.has(a.type));
  if (targetKind === "store" && index >= 0) {
    throw invalidInput({
      [`actions.${index}`]: "This case is about a store: choose a store or seller action.",
    });
  }
}

interface Context {
  tx: Tx;
  repo: DecisionsRepository;
  caseRow: CaseTable;
  decisionId: string;
  sellerKey: string;
  now: Date;
}

/**
 * Applies the decision's actions to the catalog mirror at once and records each one, with its end date
 * where it has one, so that the worker can lift it and an appeal can reverse exactly it.
 */
export async function applyEnforcement(actions: EnforcementAction[], ctx: Context) {
  const at = ctx.now.toISOString();
  // The catalog as it was before this decision: what a reversal on appeal puts back.
  const previous = JSON.stringify(await ctx.repo.catalogStateOf(ctx.tx, ctx.caseRow));
  const enforcements: EnforcementTable[] = [];
  const strikes: StrikeTable[] = [];
  const record = (action: EnforcementAction, endsAt: string | null) =>
    enforcements.push({
      id: newId(),
      decision_id: ctx.decisionId,
      type: action.type,
      target_kind: LISTING_ACTIONS.has(action.type) ? "listing" : "store",
      target_id: LISTING_ACTIONS.has(action.type) ? ctx.caseRow.target_id : ctx.caseRow.store_id,
      store_id: ctx.caseRow.store_id,
      params_json: JSON.stringify(action),
      starts_at: at,
      ends_at: endsAt,
      lifted_at: null,
      previous_json: previous,
      lift_reason: null,
    });

  // Weaker listing measures first, so that a removal decided together with a restriction prevails.
  const strength = (a: EnforcementAction) =>
    ["demote_listing", "restrict_listing", "remove_listing"].indexOf(a.type);
  const ordered = [...actions].sort((a, b) => strength(a) - strength(b));
  for (const action of ordered) {
    const listingId = ctx.caseRow.target_id;
    const storeId = ctx.caseRow.store_id;
    switch (action.type) {
      case "remove_listing":
        await ctx.repo.setListing(ctx.tx, listingId, { status: "removed", updated_at: at });
        record(action, null);
        break;
      case "demote_listing":
        await ctx.repo.setListing(ctx.tx, listingId, { status: "demoted", updated_at: at });
        record(action, action.days ? plusDays(ctx.now, action.days) : null);
        break;
      case "restrict_listing":
        await ctx.repo.setListing(ctx.tx, listingId, {
          status: "restricted",
          restricted_territories: JSON.stringify(action.territories),
          updated_at: at,
        });
        record(action, action.days ? plusDays(ctx.now, action.days) : null);
        break;
      case "freeze_store":
        await ctx.repo.setStore(ctx.tx, storeId, {
          status: "frozen",
          frozen_until: plusDays(ctx.now, action.days),
          updated_at: at,
        });
        record(action, plusDays(ctx.now, action.days));
        break;
      case "close_store":
        await ctx.repo.setStore(ctx.tx, storeId, { status: "closed", frozen_until: null, updated_at: at });
        record(action, null);
        break;
      case "freeze_payouts": {
        const until = action.days ? plusDays(ctx.now, action.days) : null;
        await ctx.repo.setStore(ctx.tx, storeId, {
          payouts_frozen_until: until ?? INDEFINITE,
          updated_at: at,
        });
        record(action, until);
        break;
      }
      case "strike":
        strikes.push({
          id: newId(),
          store_id: storeId,
          seller_key: ctx.sellerKey,
          severity: action.severity,
          decision_id: ctx.decisionId,
          created_at: at,
          expires_at: plusDays(ctx.now, STRIKE_LIFETIME_DAYS),
          removed_at: null,
        });
        record(action, plusDays(ctx.now, STRIKE_LIFETIME_DAYS));
        break;
      case "warn_seller":
        record(action, null);
        break;
    }
  }
  await ctx.repo.insertEnforcements(ctx.tx, enforcements);
  await ctx.repo.insertStrikes(ctx.tx, strikes);
}

/**
 * Undoes one enforcement whose time is up (called by the worker). Only the state this enforcement set is
 * undone: a listing removed or a store closed since then stays so.
 */
export async function liftEnforcement(tx: Tx, repo: DecisionsRepository, e: EnforcementTable, at: string) {
  if (e.type === "demote_listing") await repo.restoreListing(tx, e.target_id, "demoted", at);
  else if (e.type === "restrict_listing") await repo.restoreListing(tx, e.target_id, "restricted", at);
  else if (e.type === "freeze_store") await repo.unfreezeStore(tx, e.store_id, at);
  else if (e.type === "freeze_payouts")
    await repo.setStore(tx, e.store_id, { payouts_frozen_until: null, updated_at: at });
  await repo.markLifted(tx, e.id, at);
}
