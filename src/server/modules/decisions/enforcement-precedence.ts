import type { EnforcementAction } from "../../../contracts/decisions.ts";

/**
 * Which state a listing or store is in when several measures apply to it at once. The strongest measure
 * wins (listings: removed > restricted > demoted > active; stores: closed > frozen > active), so that a
 * weaker, later measure never undoes a stronger one, and the end of one measure leaves what the others
 * still imply. Pure: the callers read the measures and write the result.
 */

export interface ListingState {
  status: string;
  /** The countries a restricted listing is hidden in. */
  restricted_territories: string[] | null;
}

export interface StoreState {
  status: string;
  frozen_until: string | null;
}

/** One enforcement as recorded: its type, when it ends (null: until further notice) and its action. */
export interface Measure {
  type: string;
  ends_at: string | null;
  params: EnforcementAction;
}

/** Far enough to read as "until further notice" and still compare as text with ISO timestamps. */
export const INDEFINITE = "9999-12-31T00:00:00.000Z";

const LISTING_RANK: Record<string, number> = { active: 0, demoted: 1, restricted: 2, removed: 3 };
const STORE_RANK: Record<string, number> = { active: 0, frozen: 1, closed: 2 };
export const LISTING_STATUS_SET_BY: Record<string, string> = {
  demote_listing: "demoted",
  restrict_listing: "restricted",
  remove_listing: "removed",
};
export const STORE_STATUS_SET_BY: Record<string, string> = { freeze_store: "frozen", close_store: "closed" };

/** A status no measure sets (e.g. one the marketplace added) ranks lowest: a measure prevails over it. */
const rankIn = (ranks: Record<string, number>, status: string) => ranks[status] ?? 0;

export const listingRank = (status: string) => rankIn(LISTING_RANK, status);
export const storeRank = (status: string) => rankIn(STORE_RANK, status);

/** The listing's state from its state without measures and the measures in force on it. */
export function listingStateFrom(base: ListingState, measures: Measure[]): ListingState {
  const candidates: ListingState[] = [base];
  for (const m of measures) {
    const status = LISTING_STATUS_SET_BY[m.type];
    if (!status) continue;
    const territories = m.params.type === "restrict_listing" ? m.params.territories : null;
    candidates.push({ status, restricted_territories: territories });
  }
  const top = candidates.reduce((a, b) => (listingRank(b.status) > listingRank(a.status) ? b : a));
  if (top.status !== "restricted") return { status: top.status, restricted_territories: null };
  // Restrictions add up: the listing is hidden wherever any of them hides it.
  const countries = candidates
    .filter((c) => c.status === "restricted")
    .flatMap((c) => c.restricted_territories ?? []);
  return { status: "restricted", restricted_territories: [...new Set(countries)] };
}

/** The store's state from its state without measures and the measures in force: a freeze runs to its latest end. */
export function storeStateFrom(base: StoreState, measures: Measure[]): StoreState {
  const candidates: StoreState[] = [base];
  for (const m of measures) {
    const status = STORE_STATUS_SET_BY[m.type];
    if (status) candidates.push({ status, frozen_until: status === "frozen" ? m.ends_at : null });
  }
  const top = candidates.reduce((a, b) => (storeRank(b.status) > storeRank(a.status) ? b : a));
  if (top.status !== "frozen") return { status: top.status, frozen_until: null };
  const ends = candidates.filter((c) => c.status === "frozen").map((c) => c.frozen_until ?? INDEFINITE);
  return { status: "frozen", frozen_until: ends.sort().at(-1) ?? null };
}

/** Payouts stay frozen until the latest freeze in force ends. */
export function payoutsFrozenUntilFrom(base: string | null, measures: Measure[]): string | null {
  const ends = measures.filter((m) => m.type === "freeze_payouts").map((m) => m.ends_at ?? INDEFINITE);
  if (base) ends.push(base);
  return ends.sort().at(-1) ?? null;
}

/** A measure as it lived: from its start until it was lifted or reversed (null: still in force). */
export interface Lived {
  starts_at: string;
  lifted_at: string | null;
}

/**
 * The first measure of the latest run of overlapping measures (history in order of start): the state
 * recorded before it is the state without any of them — a measure started while another was in force
 * recorded a state that the other one made. A measure lifted in the same instant another started counts
 * as overlapping it: the earlier run's starting state is then the one without either.
 */
export function episodeStart<T extends Lived>(history: T[]): T | undefined {
  let start: T | undefined;
  history.forEach((m, i) => {
    const overlaps = history
      .slice(0, i)
      .some(
        (earlier) =>
          earlier.starts_at <= m.starts_at && (!earlier.lifted_at || earlier.lifted_at >= m.starts_at),
      );
    if (!overlaps) start = m;
  });
  return start;
}

/** Whether a measure still applies at `at`: not lifted, and not past its end. */
export const inForce = (m: Measure & Lived, at: string) => !m.lifted_at && (!m.ends_at || m.ends_at > at);
