import { z } from "zod";
import { EnforcementAction } from "../../../contracts/decisions.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type { EnforcementTable, StrikeTable } from "../../platform/db/schema.ts";
import { newId } from "../../platform/ids.ts";
import type { ReportTargets } from "../reports/reports.targets.ts";
import type { ListingState } from "./enforcement-precedence.ts";
import {
  type EnforcementEventData,
  type EnforcementEventType,
  enforcementEvents,
} from "./enforcements.events.ts";

/** One enforcement event to append: its data has the shape its type declares (checked as written). */
export interface EnforcementEventInput<T extends EnforcementEventType = EnforcementEventType> {
  enforcementId: string;
  type: T;
  actorUserId: string | null;
  data: EnforcementEventData<T>;
  at: string;
}

export interface CatalogState {
  listing: ListingState | null;
  store: { status: string; frozen_until: string | null; payouts_frozen_until: string | null } | null;
}

/** An enforcement as recorded, with its action and the catalog state before it read from their JSON. */
export type Enforcement = Omit<EnforcementTable, "params_json" | "previous_json"> & {
  params: EnforcementAction;
  previous: CatalogState | null;
};

/** The catalog keeps a listing's countries as JSON text; anything but a list there hides it nowhere. */
const Territories = z.array(z.coerce.string()).catch([]);
const territoriesFrom = (text: string | null) => (text ? Territories.parse(JSON.parse(text)) : null);
const territoriesText = (list: string[] | null) => (list === null ? null : JSON.stringify(list));

const nullableText = z
  .string()
  .nullish()
  .transform((v) => v ?? null);

/** `previous_json` holds the catalog rows as they were read: the listing's countries still as text. */
const StoredCatalogState = jsonText(
  z.object({
    listing: z
      .object({ status: z.string(), restricted_territories: nullableText })
      .nullish()
      .transform((l) =>
        l ? { status: l.status, restricted_territories: territoriesFrom(l.restricted_territories) } : null,
      ),
    store: z
      .object({ status: z.string(), frozen_until: nullableText, payouts_frozen_until: nullableText })
      .nullish()
      .transform((s) => s ?? null),
  }),
);

const storedCatalogText = ({ listing, store }: CatalogState) =>
  JSON.stringify({
    listing: listing && {
      status: listing.status,
      restricted_territories: territoriesText(listing.restricted_territories),
    },
    store: store && {
      status: store.status,
      frozen_until: store.frozen_until,
      payouts_frozen_until: store.payouts_frozen_until,
    },
  });

const StoredAction = jsonText(EnforcementAction);

function toEnforcement({ params_json, previous_json, ...row }: EnforcementTable): Enforcement {
  return {
    ...row,
    params: StoredAction.parse(params_json),
    previous: previous_json ? StoredCatalogState.parse(previous_json) : null,
  };
}

function toEnforcementRow({ params, previous, ...e }: Enforcement): EnforcementTable {
  return {
    ...e,
    params_json: JSON.stringify(params),
    previous_json: previous ? storedCatalogText(previous) : null,
  };
}

const toEnforcements = (rows: EnforcementTable[]) => rows.map(toEnforcement);

/** Where a hidden message or rating is hidden or shown again: the module that owns it (the report-target port). */
export type ContentVisibility = Pick<ReportTargets, "setHidden">;

/**
 * Measures on the catalog as recorded, the strikes that come with them, and the rows they change: the
 * catalog's, and through `content` the messages and ratings a decision hides.
 */
export function createEnforcementsRepository(content: ContentVisibility) {
  return {
    setContentHidden: content.setHidden,
    insertEnforcements: (tx: DbOrTx, enforcements: Enforcement[]) =>
      enforcements.length
        ? tx.insertInto("enforcements").values(enforcements.map(toEnforcementRow)).execute()
        : Promise.resolve([]),
    insertStrikes: (tx: DbOrTx, rows: StrikeTable[]) =>
      rows.length ? tx.insertInto("strikes").values(rows).execute() : Promise.resolve([]),

    setListing: (
      tx: DbOrTx,
      id: string,
      {
        restricted_territories,
        ...set
      }: { status: string; restricted_territories?: string[] | null; updated_at: string },
    ) =>
      tx
        .updateTable("listings")
        .set(
          restricted_territories === undefined
            ? set
            : { ...set, restricted_territories: territoriesText(restricted_territories) },
        )
        .where("id", "=", id)
        .execute(),

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
      return {
        listing: listing
          ? {
              status: listing.status,
              restricted_territories: territoriesFrom(listing.restricted_territories),
            }
          : null,
        store: store ?? null,
      };
    },

    enforcementsOf: (db: DbOrTx, decisionId: string) =>
      db
        .selectFrom("enforcements")
        .selectAll()
        .where("decision_id", "=", decisionId)
        .orderBy("id")
        .execute()
        .then(toEnforcements),

    /** The enforcements ever applied to one listing, in the order they started. */
    listingHistory: (db: DbOrTx, listingId: string) =>
      db
        .selectFrom("enforcements")
        .selectAll()
        .where("target_kind", "=", "listing")
        .where("target_id", "=", listingId)
        .orderBy("starts_at")
        .orderBy("id")
        .execute()
        .then(toEnforcements),

    /** The enforcements of the given types ever applied to one store, in the order they started. */
    storeHistory: (db: DbOrTx, storeId: string, types: string[]) =>
      db
        .selectFrom("enforcements")
        .selectAll()
        .where("store_id", "=", storeId)
        .where("type", "in", types)
        .orderBy("starts_at")
        .orderBy("id")
        .execute()
        .then(toEnforcements),

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

    /** Due enforcements whose end has come, for the worker to lift. */
    dueToLift: (db: DbOrTx, now: string) =>
      db
        .selectFrom("enforcements")
        .selectAll()
        .where("lifted_at", "is", null)
        .where("ends_at", "is not", null)
        .where("ends_at", "<=", now)
        .limit(100)
        .execute()
        .then(toEnforcements),

    /** Lifts an enforcement still in force; false when it was lifted or reversed meanwhile. */
    async markLifted(db: DbOrTx, id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable("enforcements")
        .set({ lifted_at: at })
        .where("id", "=", id)
        .where("lifted_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Appends the events of enforcements ending together, in one insert. */
    async appendEnforcementEvents<T extends EnforcementEventType>(
      tx: DbOrTx,
      events: EnforcementEventInput<T>[],
    ) {
      if (events.length === 0) return;
      await tx
        .insertInto("enforcement_events")
        .values(
          events.map((e) => ({
            id: newId(),
            enforcement_id: e.enforcementId,
            type: e.type,
            actor_user_id: e.actorUserId,
            data_json: enforcementEvents.dataText(e.type, e.data),
            created_at: e.at,
          })),
        )
        .execute();
    },
  };
}

export type EnforcementsRepository = ReturnType<typeof createEnforcementsRepository>;
