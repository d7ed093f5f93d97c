import type { DbOrTx } from "../../platform/db/database.ts";
import type {
  DecisionTable,
  EnforcementTable,
  StatementTable,
  StrikeTable,
} from "../../platform/db/schema.ts";

export interface CatalogState {
  listing: { status: string; restricted_territories: string | null } | null;
  store: { status: string; frozen_until: string | null; payouts_frozen_until: string | null } | null;
}

export function createDecisionsRepository() {
  return {
    /** Closes the case to new reports; 0 rows when someone decided it first. */
    markDecided: (tx: DbOrTx, caseId: string, at: string) =>
      tx
        .updateTable("cases")
        .set({
          status: "decided",
          open_key: null,
          decided_at: at,
          updated_at: at,
          claimed_by: null,
          claim_expires_at: null,
        })
        .where("id", "=", caseId)
        .where("status", "in", ["open", "needs_info"])
        .executeTakeFirst()
        .then((r) => Number(r.numUpdatedRows)),

    countCaseEvents: (tx: DbOrTx, caseId: string) =>
      tx
        .selectFrom("case_events")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("case_id", "=", caseId)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    insertDecision: (tx: DbOrTx, row: DecisionTable) => tx.insertInto("decisions").values(row).execute(),
    insertEnforcements: (tx: DbOrTx, rows: EnforcementTable[]) =>
      rows.length ? tx.insertInto("enforcements").values(rows).execute() : Promise.resolve([]),
    insertStrikes: (tx: DbOrTx, rows: StrikeTable[]) =>
      rows.length ? tx.insertInto("strikes").values(rows).execute() : Promise.resolve([]),
    insertStatement: (tx: DbOrTx, row: StatementTable) => tx.insertInto("statements").values(row).execute(),

    countActiveSeriousStrikes: (tx: DbOrTx, sellerKey: string, now: string) =>
      tx
        .selectFrom("strikes")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("seller_key", "=", sellerKey)
        .where("severity", "=", "serious")
        .where("expires_at", ">", now)
        .where("removed_at", "is", null)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    strikesOfDecision: (tx: DbOrTx, decisionId: string) =>
      tx.selectFrom("strikes").selectAll().where("decision_id", "=", decisionId).orderBy("id").execute(),

    liveStrikeSeverities: (tx: DbOrTx, sellerKey: string, now: string) =>
      tx
        .selectFrom("strikes")
        .select("severity")
        .where("seller_key", "=", sellerKey)
        .where("expires_at", ">", now)
        .where("removed_at", "is", null)
        .execute()
        .then((rows) => rows.map((r) => r.severity)),

    setListing: (
      tx: DbOrTx,
      id: string,
      set: { status: string; restricted_territories?: string | null; updated_at: string },
    ) => tx.updateTable("listings").set(set).where("id", "=", id).execute(),

    setStore: (
      tx: DbOrTx,
      id: string,
      set: {
        status?: string;
        frozen_until?: string | null;
        payouts_frozen_until?: string | null;
        updated_at: string;
      },
    ) => tx.updateTable("stores").set(set).where("id", "=", id).execute(),

    /** The listing's and store's enforceable state, as a reversal needs to put it back. */
    async catalogStateOf(
      tx: DbOrTx,
      caseRow: { target_kind: string; target_id: string; store_id: string },
    ): Promise<CatalogState> {
      const listing =
        caseRow.target_kind === "listing"
          ? await tx
              .selectFrom("listings")
              .select(["status", "restricted_territories"])
              .where("id", "=", caseRow.target_id)
              .executeTakeFirst()
          : undefined;
      const store = await tx
        .selectFrom("stores")
        .select(["status", "frozen_until", "payouts_frozen_until"])
        .where("id", "=", caseRow.store_id)
        .executeTakeFirst();
      return { listing: listing ?? null, store: store ?? null };
    },

    enforcementsOf: (db: DbOrTx, decisionId: string) =>
      db.selectFrom("enforcements").selectAll().where("decision_id", "=", decisionId).orderBy("id").execute(),

    /** The enforcements ever applied to one listing, in the order they started. */
    listingHistory: (db: DbOrTx, listingId: string) =>
      db
        .selectFrom("enforcements")
        .selectAll()
        .where("target_kind", "=", "listing")
        .where("target_id", "=", listingId)
        .orderBy("starts_at")
        .orderBy("id")
        .execute(),

    /** The enforcements of the given types ever applied to one store, in the order they started. */
    storeHistory: (db: DbOrTx, storeId: string, types: string[]) =>
      db
        .selectFrom("enforcements")
        .selectAll()
        .where("store_id", "=", storeId)
        .where("type", "in", types)
        .orderBy("starts_at")
        .orderBy("id")
        .execute(),

    removeStrikesOf: (tx: DbOrTx, decisionId: string, at: string) =>
      tx
        .updateTable("strikes")
        .set({ removed_at: at })
        .where("decision_id", "=", decisionId)
        .where("removed_at", "is", null)
        .execute(),

    markReversed: (tx: DbOrTx, decisionId: string, at: string) =>
      Promise.all([
        tx
          .updateTable("enforcements")
          .set({ lifted_at: at, lift_reason: "reversed" })
          .where("decision_id", "=", decisionId)
          .where("lifted_at", "is", null)
          .execute(),
        tx.updateTable("statements").set({ reversed_at: at }).where("decision_id", "=", decisionId).execute(),
      ]),

    /** Who stands behind a right used in an IP notice: the holder's kind and name, the right's owner. */
    notifierOfRight: (db: DbOrTx, rightId: string) =>
      db
        .selectFrom("rights")
        .innerJoin("rights_holders", "rights_holders.id", "rights.holder_id")
        .select([
          "rights.owner_name",
          "rights.acts_as_agent",
          "rights_holders.kind",
          "rights_holders.legal_name",
        ])
        .where("rights.id", "=", rightId)
        .executeTakeFirst(),

    outcomeTemplates: (db: DbOrTx) => db.selectFrom("outcome_templates").select(["key", "text"]).execute(),

    findStatement: (db: DbOrTx, puid: string) =>
      db.selectFrom("statements").selectAll().where("puid", "=", puid).executeTakeFirst(),

    /** Reports in the case, with how many of their targets' cases are still undecided. */
    reportsOfCase: (tx: DbOrTx, caseId: string) =>
      tx
        .selectFrom("report_targets as mine")
        .innerJoin("reports", "reports.id", "mine.report_id")
        .select((eb) => [
          "reports.id",
          "reports.reference",
          "reports.type",
          "reports.contact_email",
          "reports.details_json",
          "reports.description_language",
          eb
            .selectFrom("report_targets as other")
            .innerJoin("cases", "cases.id", "other.case_id")
            .select(eb.fn.countAll<number>().as("n"))
            .whereRef("other.report_id", "=", "reports.id")
            .where("cases.status", "in", ["open", "needs_info"])
            .as("undecided_targets"),
        ])
        .where("mine.case_id", "=", caseId)
        .orderBy("reports.id")
        .execute(),

    /** Due enforcements whose end has come, for the worker to lift. */
    dueToLift: (db: DbOrTx, now: string) =>
      db
        .selectFrom("enforcements")
        .selectAll()
        .where("lifted_at", "is", null)
        .where("ends_at", "is not", null)
        .where("ends_at", "<=", now)
        .limit(100)
        .execute(),

    markLifted: (db: DbOrTx, id: string, at: string) =>
      db
        .updateTable("enforcements")
        .set({ lifted_at: at })
        .where("id", "=", id)
        .where("lifted_at", "is", null)
        .execute(),
  };
}

export type DecisionsRepository = ReturnType<typeof createDecisionsRepository>;
