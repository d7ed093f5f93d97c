import { z } from "zod";
import { EnforcementAction } from "../../../contracts/decisions.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import { parseCaseEventData } from "./cases.events.ts";

const StoredJson = jsonText(z.unknown());
const StoredActions = jsonText(z.array(EnforcementAction));
const StoredTerritories = jsonText(z.array(z.string()));

/** What the case page shows beside the case: evidence, the reporters' records, the seller's past, the log. */
export function createCasePageRepository() {
  return {
    evidenceOfReports: (db: DbOrTx, reportIds: string[]) =>
      reportIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom("evidence_files")
            .selectAll()
            .where("report_id", "in", reportIds)
            .orderBy("id")
            .execute(),

    /** Reports filed and upheld per reporter, for the reporters of one case (one grouped query). */
    reporterRecords: (db: DbOrTx, reporterKeys: string[]) =>
      reporterKeys.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom("reports")
            .innerJoin("report_targets", "report_targets.report_id", "reports.id")
            .leftJoin("decisions", (join) =>
              join
                .onRef("decisions.case_id", "=", "report_targets.case_id")
                .on("decisions.superseded_at", "is", null),
            )
            .select((eb) => [
              "reports.reporter_key",
              eb.fn.count<number>("reports.id").distinct().as("filed"),
              eb.fn
                .count<number>(
                  eb.case().when("decisions.outcome", "=", "action_taken").then(eb.ref("reports.id")).end(),
                )
                .distinct()
                .as("upheld"),
            ])
            .where("reports.reporter_key", "in", reporterKeys)
            .groupBy("reports.reporter_key")
            .execute(),

    /**
     * The seller's other cases over all its stores (by its account; a store without one stands alone),
     * newest first, with how many there are in all and how they were decided.
     */
    async earlierCasesOfSeller(
      db: DbOrTx,
      seller: { userId: string | null; storeId: string },
      exceptCaseId: string,
    ) {
      const base = () => {
        const q = db
          .selectFrom("cases")
          .innerJoin("stores", "stores.id", "cases.store_id")
          .leftJoin("decisions", (join) =>
            join.onRef("decisions.case_id", "=", "cases.id").on("decisions.superseded_at", "is", null),
          )
          .where("cases.id", "!=", exceptCaseId);
        return seller.userId
          ? q.where("stores.seller_user_id", "=", seller.userId)
          : q.where("cases.store_id", "=", seller.storeId);
      };
      const [items, counts, stores] = await Promise.all([
        base()
          .select([
            "cases.id",
            "cases.target_title",
            "cases.status",
            "cases.first_reported_at",
            "decisions.outcome",
            "stores.name as store_name",
          ])
          .orderBy("cases.id", "desc")
          .limit(20)
          .execute(),
        base()
          .select(["decisions.outcome", (eb) => eb.fn.countAll<number>().as("n")])
          .groupBy("decisions.outcome")
          .execute(),
        seller.userId
          ? db
              .selectFrom("stores")
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("seller_user_id", "=", seller.userId)
              .executeTakeFirstOrThrow()
              .then((r) => Number(r.n))
          : Promise.resolve(1),
      ]);
      const countOf = (outcome: string | null) =>
        Number(counts.find((c) => (c.outcome ?? null) === outcome)?.n ?? 0);
      return {
        items,
        storeCount: stores,
        counts: {
          cases: counts.reduce((sum, c) => sum + Number(c.n), 0),
          actionTaken: countOf("action_taken"),
          noAction: countOf("no_action"),
        },
      };
    },

    activeStrikes: (db: DbOrTx, sellerKey: string, now: string) =>
      db
        .selectFrom("strikes")
        .leftJoin("stores", "stores.id", "strikes.store_id")
        .selectAll("strikes")
        .select("stores.name as store_name")
        .where("strikes.seller_key", "=", sellerKey)
        .where("strikes.expires_at", ">", now)
        .where("strikes.removed_at", "is", null)
        .orderBy("strikes.created_at")
        .execute(),

    notes: (db: DbOrTx, caseId: string) =>
      db.selectFrom("case_notes").selectAll().where("case_id", "=", caseId).orderBy("id").execute(),

    events: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("case_events")
        .selectAll()
        .where("case_id", "=", caseId)
        .orderBy("id")
        .execute()
        .then((rows) =>
          rows.map(({ data_json, ...e }) => ({
            ...e,
            data: parseCaseEventData(e.type, StoredJson.parse(data_json)),
          })),
        ),

    decision: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("decisions")
        .selectAll()
        .where("case_id", "=", caseId)
        .where("superseded_at", "is", null)
        .executeTakeFirst()
        .then((d) => d && { ...d, actions: StoredActions.parse(d.actions_json) }),

    /** A reported listing as it is now, for the case page beside the snapshot taken when reported. */
    currentListing: (db: DbOrTx, listingId: string) =>
      db
        .selectFrom("listings")
        .selectAll()
        .where("id", "=", listingId)
        .executeTakeFirst()
        .then(
          (listing) =>
            listing && {
              title: listing.title,
              status: listing.status,
              priceMinor: Number(listing.price_minor),
              currency: listing.currency,
              imageUrl: listing.image_url,
              restrictedTerritories: listing.restricted_territories
                ? StoredTerritories.parse(listing.restricted_territories)
                : null,
            },
        ),
  };
}

export type CasePageRepository = ReturnType<typeof createCasePageRepository>;
