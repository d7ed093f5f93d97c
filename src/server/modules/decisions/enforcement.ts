import type { EnforcementAction } from "../../../contracts/decisions.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { CaseTable, StrikeTable } from "../../platform/db/schema.ts";
import { invalidInput } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import { STRIKE_LIFETIME_DAYS } from "../cases/strike-policy.ts";
import {
  episodeStart,
  inForce,
  LISTING_STATUS_SET_BY,
  type ListingState,
  listingRank,
  listingStateFrom,
  type Measure,
  payoutsFrozenUntilFrom,
  STORE_STATUS_SET_BY,
  storeRank,
  storeStateFrom,
} from "./enforcement-precedence.ts";
import type { CatalogState, Enforcement, EnforcementsRepository } from "./enforcements.repository.ts";

const LISTING_ACTIONS = new Set(["remove_listing", "demote_listing", "restrict_listing"]);

const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString();

/**
 * What a case may decide, by what it is about: listing measures only on a listing; hiding only a message
 * or a rating (kinds whose module can hide them); and a person's own content — a buyer's rating — only
 * hidden, since the store and its seller did not write it.
 */
export function refuseActionsNotFor(
  actions: EnforcementAction[],
  caseRow: Pick<CaseTable, "target_kind" | "author_user_id">,
  hideable: boolean,
) {
  const kind = caseRow.target_kind;
  const refused = actions.findIndex((a) =>
    a.type === "hide_content"
      ? !hideable
      : caseRow.author_user_id !== null || (LISTING_ACTIONS.has(a.type) && kind !== "listing"),
  );
  if (refused < 0) return;
  const action = actions[refused]!;
  const why =
    action.type === "hide_content"
      ? `A ${kind} cannot be hidden: choose a listing, store or seller action.`
      : caseRow.author_user_id !== null
        ? `This case is about a ${kind === "feedback" ? "rating" : kind} a buyer wrote: the only action is to hide it.`
        : `This case is about a ${kind}: choose a store or seller action.`;
  throw invalidInput({ [`actions.${refused}`]: why });
}

interface Context {
  tx: Tx;
  repo: EnforcementsRepository;
  caseRow: CaseTable;
  decisionId: string;
  sellerKey: string;
  now: Date;
}

/**
 * Applies the decision's actions to the catalog mirror at once and records each one, with its end date
 * where it has one, so that the worker can lift it and an appeal can reverse exactly it. Each listing and
 * store takes the strongest of what it already shows and what is decided now: a weaker measure never
 * overwrites a stronger one.
 */
export async function applyEnforcement(actions: EnforcementAction[], ctx: Context) {
  const at = ctx.now.toISOString();
  // The catalog as it was before this decision: what remains once every measure on it has ended.
  const before = await ctx.repo.catalogStateOf(ctx.tx, ctx.caseRow);
  const enforcements = actions.map((action) => enforcementOf(action, ctx, at, before));
  const strikes = actions.flatMap((action) =>
    action.type === "strike" ? [strikeRow(action.severity, ctx, at)] : [],
  );
  await ctx.repo.insertEnforcements(ctx.tx, enforcements);
  await ctx.repo.insertStrikes(ctx.tx, strikes);
  await writeCatalog(ctx.tx, ctx.repo, ctx.caseRow, before, enforcements, at);
  if (actions.some((a) => a.type === "hide_content"))
    await ctx.repo.setContentHidden(ctx.tx, ctx.caseRow.target_kind, ctx.caseRow.target_id, true, at);
}

function endOf(action: EnforcementAction, now: Date): string | null {
  switch (action.type) {
    case "demote_listing":
    case "restrict_listing":
    case "freeze_payouts":
      return action.days ? plusDays(now, action.days) : null;
    case "freeze_store":
      return plusDays(now, action.days);
    case "strike":
      return plusDays(now, STRIKE_LIFETIME_DAYS);
    default:
      return null;
  }
}

function enforcementOf(
  action: EnforcementAction,
  ctx: Context,
  at: string,
  previous: CatalogState,
): Enforcement {
  const onTarget = LISTING_ACTIONS.has(action.type) || action.type === "hide_content";
  return {
    id: newId(),
    decision_id: ctx.decisionId,
    type: action.type,
    target_kind: onTarget ? ctx.caseRow.target_kind : "store",
    target_id: onTarget ? ctx.caseRow.target_id : ctx.caseRow.store_id,
    store_id: ctx.caseRow.store_id,
    params: action,
    starts_at: at,
    ends_at: endOf(action, ctx.now),
    lifted_at: null,
    previous,
    lift_reason: null,
  };
}

function strikeRow(severity: "general" | "serious", ctx: Context, at: string): StrikeTable {
  return {
    id: newId(),
    store_id: ctx.caseRow.store_id,
    seller_key: ctx.sellerKey,
    severity,
    decision_id: ctx.decisionId,
    created_at: at,
    expires_at: plusDays(ctx.now, STRIKE_LIFETIME_DAYS),
    removed_at: null,
  };
}

/** Writes the listing's and store's state that the current one and the new measures imply, where it changes. */
async function writeCatalog(
  tx: Tx,
  repo: EnforcementsRepository,
  caseRow: CaseTable,
  current: CatalogState,
  added: Measure[],
  at: string,
) {
  if (current.listing && added.some((m) => m.type in LISTING_STATUS_SET_BY)) {
    const next = listingStateFrom(current.listing, added);
    if (!sameListing(next, current.listing))
      await repo.setListing(tx, caseRow.target_id, { ...next, updated_at: at });
  }
  if (current.store && added.some((m) => m.type in STORE_STATUS_SET_BY)) {
    const next = storeStateFrom(current.store, added);
    if (next.status !== current.store.status || next.frozen_until !== current.store.frozen_until)
      await repo.setStore(tx, caseRow.store_id, { ...next, updated_at: at });
  }
  if (current.store && added.some((m) => m.type === "freeze_payouts")) {
    const until = payoutsFrozenUntilFrom(current.store.payouts_frozen_until, added);
    await repo.setStore(tx, caseRow.store_id, { payouts_frozen_until: until, updated_at: at });
  }
}

const sameListing = (a: ListingState, b: ListingState) =>
  a.status === b.status &&
  JSON.stringify(a.restricted_territories) === JSON.stringify(b.restricted_territories);

const STORE_STATUS_TYPES = Object.keys(STORE_STATUS_SET_BY);

/**
 * After measures ended (their time ran out, or their decision was reversed; they are marked lifted
 * already): each listing and store they concerned gets the state that the measures still in force imply —
 * the strongest of them — or, when none is left, the state it had before the first of the overlapping
 * run. A listing or store that shows something stronger than the measures implied (the seller removed
 * the listing meanwhile) is left as it is.
 */
export async function settleAfterEnding(
  tx: Tx,
  repo: EnforcementsRepository,
  ended: Enforcement[],
  at: string,
) {
  const listings = new Set(ended.filter((e) => e.type in LISTING_STATUS_SET_BY).map((e) => e.target_id));
  for (const listingId of listings) await settleListing(tx, repo, listingId, ended, at);
  const stores = new Set(ended.filter((e) => e.type in STORE_STATUS_SET_BY).map((e) => e.store_id));
  for (const storeId of stores) await settleStore(tx, repo, storeId, ended, at);
  const payouts = new Set(ended.filter((e) => e.type === "freeze_payouts").map((e) => e.store_id));
  for (const storeId of payouts) await settlePayouts(tx, repo, storeId, at);
  // Nothing else hides a message or rating: once its decision's hide ends, it shows again.
  for (const hide of ended.filter((e) => e.type === "hide_content"))
    await repo.setContentHidden(tx, hide.target_kind, hide.target_id, false, at);
}

/** What the run of measures started from: the state recorded before its first measure. */
function baseOf(history: Enforcement[]): CatalogState | null {
  return episodeStart(history)?.previous ?? null;
}

async function settleListing(
  tx: Tx,
  repo: EnforcementsRepository,
  id: string,
  ended: Enforcement[],
  at: string,
) {
  const history = await repo.listingHistory(tx, id);
  const current = (await repo.catalogStateOf(tx, { target_kind: "listing", target_id: id, store_id: "" }))
    .listing;
  if (!current) return;
  const base = baseOf(history)?.listing ?? { status: "active", restricted_territories: null };
  const live = history.filter((e) => inForce(e, at));
  const implied = listingStateFrom(base, [...live, ...ended.filter((e) => e.target_id === id)]);
  if (listingRank(current.status) > listingRank(implied.status)) return;
  const next = listingStateFrom(base, live);
  if (!sameListing(next, current)) await repo.setListing(tx, id, { ...next, updated_at: at });
}

async function settleStore(
  tx: Tx,
  repo: EnforcementsRepository,
  id: string,
  ended: Enforcement[],
  at: string,
) {
  const history = await repo.storeHistory(tx, id, STORE_STATUS_TYPES);
  const current = (await repo.catalogStateOf(tx, { target_kind: "store", target_id: id, store_id: id }))
    .store;
  if (!current) return;
  const base = baseOf(history)?.store ?? { status: "active", frozen_until: null };
  const live = history.filter((e) => inForce(e, at));
  const implied = storeStateFrom(base, [...live, ...ended.filter((e) => e.store_id === id)]);
  if (storeRank(current.status) > storeRank(implied.status)) return;
  const next = storeStateFrom({ status: base.status, frozen_until: base.frozen_until }, live);
  if (next.status !== current.status || next.frozen_until !== current.frozen_until)
    await repo.setStore(tx, id, { ...next, updated_at: at });
}

async function settlePayouts(tx: Tx, repo: EnforcementsRepository, id: string, at: string) {
  const history = await repo.storeHistory(tx, id, ["freeze_payouts"]);
  const base = baseOf(history)?.store?.payouts_frozen_until ?? null;
  const until = payoutsFrozenUntilFrom(
    base,
    history.filter((e) => inForce(e, at)),
  );
  await repo.setStore(tx, id, { payouts_frozen_until: until, updated_at: at });
}

/** Ends one enforcement whose time is up (called by the worker), recording it unless it ended meanwhile. */
export async function liftEnforcement(tx: Tx, repo: EnforcementsRepository, e: Enforcement, at: string) {
  if ((await repo.markLifted(tx, e.id, at)) && e.ends_at) {
    await repo.appendEnforcementEvents(tx, [
      {
        enforcementId: e.id,
        type: "enforcement.lifted",
        actorUserId: null,
        data: { from: "in_force", to: "lifted", endsAt: e.ends_at },
        at,
      },
    ]);
  }
  await settleAfterEnding(tx, repo, [e], at);
}
