import type { DbOrTx } from "../../platform/db/database.ts";
import type { ListingRatingTable, StoreRatingDayTable } from "../../platform/db/schema.feedback.ts";
import { type Contribution, type Detailed, isPositive } from "./feedback.rules.ts";

const STARS = [1, 2, 3, 4, 5] as const;
const starColumn = (n: number) => `stars_${n}` as `stars_${(typeof STARS)[number]}`;

/** A day row with nothing in it but `part`: what an insert of a first rating of the day writes. */
function dayRow(storeId: string, day: string, part: Partial<StoreRatingDayTable>): StoreRatingDayTable {
  return {
    store_id: storeId,
    day,
    counted: 0,
    positive: 0,
    stars_1: 0,
    stars_2: 0,
    stars_3: 0,
    stars_4: 0,
    stars_5: 0,
    as_described_sum: 0,
    communication_sum: 0,
    shipping_speed_sum: 0,
    detailed_count: 0,
    ...part,
  };
}

function listingRow(listingId: string): ListingRatingTable {
  return {
    listing_id: listingId,
    count: 0,
    stars_sum: 0,
    stars_1: 0,
    stars_2: 0,
    stars_3: 0,
    stars_4: 0,
    stars_5: 0,
  };
}

/** The running aggregates store and listing pages read (ADR 018): written with the ratings, read by key. */
export const ratingAggregates = {
  /**
   * Adds (or with sign −1 takes out) ratings in their stores' days and their listings: summed per day
   * and per listing first, then one upsert per table (rows in key order, so concurrent writers lock
   * them in the same order).
   */
  async addContributions(tx: DbOrTx, contributions: Contribution[]) {
    const days = new Map<string, StoreRatingDayTable>();
    const listings = new Map<string, ListingRatingTable>();
    for (const c of contributions) {
      const star = starColumn(c.stars);
      const counted = c.counted ? c.sign : 0;
      const day = days.get(`${c.storeId}|${c.day}`) ?? dayRow(c.storeId, c.day, {});
      day.counted += counted;
      day.positive += isPositive(c.stars) ? counted : 0;
      day[star] += counted;
      days.set(`${c.storeId}|${c.day}`, day);
      const listing = listings.get(c.listingId) ?? listingRow(c.listingId);
      listing.count += c.sign;
      listing.stars_sum += c.sign * c.stars;
      listing[star] += c.sign;
      listings.set(c.listingId, listing);
    }
    const byKey = <T>(map: Map<string, T>) =>
      [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
    if (days.size > 0)
      await tx
        .insertInto("store_rating_days")
        .values(byKey(days))
        .onConflict((oc) =>
          oc.columns(["store_id", "day"]).doUpdateSet((eb) => ({
            counted: eb("store_rating_days.counted", "+", eb.ref("excluded.counted")),
            positive: eb("store_rating_days.positive", "+", eb.ref("excluded.positive")),
            ...Object.fromEntries(
              STARS.map((n) => [
                starColumn(n),
                eb(`store_rating_days.${starColumn(n)}`, "+", eb.ref(`excluded.${starColumn(n)}`)),
              ]),
            ),
          })),
        )
        .execute();
    if (listings.size > 0)
      await tx
        .insertInto("listing_ratings")
        .values(byKey(listings))
        .onConflict((oc) =>
          oc.column("listing_id").doUpdateSet((eb) => ({
            count: eb("listing_ratings.count", "+", eb.ref("excluded.count")),
            stars_sum: eb("listing_ratings.stars_sum", "+", eb.ref("excluded.stars_sum")),
            ...Object.fromEntries(
              STARS.map((n) => [
                starColumn(n),
                eb(`listing_ratings.${starColumn(n)}`, "+", eb.ref(`excluded.${starColumn(n)}`)),
              ]),
            ),
          })),
        )
        .execute();
  },

  async addDetailed(tx: DbOrTx, d: Detailed) {
    await tx
      .insertInto("store_rating_days")
      .values(
        dayRow(d.storeId, d.day, {
          as_described_sum: d.asDescribed,
          communication_sum: d.communication,
          shipping_speed_sum: d.shippingSpeed,
          detailed_count: d.count,
        }),
      )
      .onConflict((oc) =>
        oc.columns(["store_id", "day"]).doUpdateSet((eb) => ({
          as_described_sum: eb(
            "store_rating_days.as_described_sum",
            "+",
            eb.ref("excluded.as_described_sum"),
          ),
          communication_sum: eb(
            "store_rating_days.communication_sum",
            "+",
            eb.ref("excluded.communication_sum"),
          ),
          shipping_speed_sum: eb(
            "store_rating_days.shipping_speed_sum",
            "+",
            eb.ref("excluded.shipping_speed_sum"),
          ),
          detailed_count: eb("store_rating_days.detailed_count", "+", eb.ref("excluded.detailed_count")),
        })),
      )
      .execute();
  },

  /** A store's sums over the days from `sinceDay`: at most one row per day. */
  storeSums: (db: DbOrTx, storeId: string, sinceDay: string) =>
    db
      .selectFrom("store_rating_days")
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<number>("counted"), eb.lit(0)).as("counted"),
        eb.fn.coalesce(eb.fn.sum<number>("positive"), eb.lit(0)).as("positive"),
        ...STARS.map((n) => eb.fn.coalesce(eb.fn.sum<number>(starColumn(n)), eb.lit(0)).as(starColumn(n))),
        eb.fn.coalesce(eb.fn.sum<number>("as_described_sum"), eb.lit(0)).as("as_described_sum"),
        eb.fn.coalesce(eb.fn.sum<number>("communication_sum"), eb.lit(0)).as("communication_sum"),
        eb.fn.coalesce(eb.fn.sum<number>("shipping_speed_sum"), eb.lit(0)).as("shipping_speed_sum"),
        eb.fn.coalesce(eb.fn.sum<number>("detailed_count"), eb.lit(0)).as("detailed_count"),
      ])
      .where("store_id", "=", storeId)
      .where("day", ">=", sinceDay)
      .executeTakeFirstOrThrow(),

  listingRating: (db: DbOrTx, listingId: string) =>
    db.selectFrom("listing_ratings").selectAll().where("listing_id", "=", listingId).executeTakeFirst(),
};
