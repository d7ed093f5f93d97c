import { sql } from "kysely";
import { z } from "zod";
import {
  DisputeOutcome,
  DisputeReason,
  DisputeStatus,
  ResolutionKind,
  Side,
} from "../../../contracts/disputes.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import type {
  DisputeFileTable,
  DisputeItemTable,
  DisputeProposalTable,
  DisputeTable,
} from "../../platform/db/schema.disputes.ts";
import { groupBy } from "../../platform/group-by.ts";
import { newId } from "../../platform/ids.ts";
import { type DisputeEventType, TIMER_EVENTS, type TimerAction } from "./dispute-machine.ts";
import { type DisputeEventData, disputeEvents } from "./disputes.events.ts";

const DeadlineWho = z.enum(["buyer", "seller", "platform"]);
const DeadlineAction = z.enum(Object.keys(TIMER_EVENTS) as [TimerAction, ...TimerAction[]]);

const toDispute = (row: DisputeTable) => ({
  ...row,
  status: DisputeStatus.parse(row.status),
  reason: DisputeReason.parse(row.reason),
  outcome: row.outcome === null ? null : DisputeOutcome.parse(row.outcome),
  deadline_action: row.deadline_action === null ? null : DeadlineAction.parse(row.deadline_action),
  deadline_who: row.deadline_who === null ? null : DeadlineWho.parse(row.deadline_who),
  evidence_from: row.evidence_from === null ? null : Side.parse(row.evidence_from),
});

/** A stored dispute, its status, reason and outcome parsed. */
export type DisputeRow = ReturnType<typeof toDispute>;

const toProposal = (row: DisputeProposalTable) => ({
  ...row,
  side: Side.parse(row.side),
  kind: ResolutionKind.parse(row.kind),
});
export type ProposalRow = ReturnType<typeof toProposal>;

export interface DisputeEventInput<T extends DisputeEventType = DisputeEventType> {
  disputeId: string;
  type: T;
  status: DisputeStatus;
  actor: Side | "platform" | "system";
  actorUserId: string | null;
  data: DisputeEventData<T>;
  at: string;
}

/** What a change of a dispute's row may set: never its id, parties or money disputed. */
export type DisputeChange = Partial<
  Omit<DisputeTable, "id" | "reference" | "order_id" | "buyer_user_id" | "seller_user_id" | "version">
>;

/** A change of one dispute, made only while it is at `version`. */
export interface VersionedChange {
  id: string;
  version: number;
  set: DisputeChange;
}

/** A dispute as lists show it: with its store's name and the title of its first item. */
const listRows = (db: DbOrTx) =>
  db
    .selectFrom("disputes")
    .innerJoin("stores", "stores.id", "disputes.store_id")
    .selectAll("disputes")
    .select("stores.name as store_name")
    .select((eb) =>
      eb
        .selectFrom("dispute_items")
        .select("dispute_items.title")
        .whereRef("dispute_items.dispute_id", "=", "disputes.id")
        .orderBy("dispute_items.order_item_id")
        .limit(1)
        .as("first_title"),
    );

const toListRow = (r: DisputeTable & { store_name: string; first_title: string | null }) => ({
  ...toDispute(r),
  store_name: r.store_name,
  first_title: r.first_title,
});

/** Appends events (of one dispute or several) in one statement; returns their ids, in order. */
async function appendEvents(tx: DbOrTx, events: DisputeEventInput[]): Promise<string[]> {
  const rows = events.map((event) => ({
    id: newId(),
    dispute_id: event.disputeId,
    type: event.type,
    status: event.status,
    actor: event.actor,
    actor_user_id: event.actorUserId,
    data_json: disputeEvents.dataText(event.type, event.data),
    created_at: event.at,
  }));
  if (rows.length > 0) await tx.insertInto("dispute_events").values(rows).execute();
  return rows.map((r) => r.id);
}

/**
 * Changes the dispute only if it is still at the version the caller read, and returns it as changed:
 * of two racing changes one wins; null tells the other that the dispute moved on.
 */
async function change(
  tx: DbOrTx,
  id: string,
  version: number,
  set: DisputeChange,
): Promise<DisputeRow | null> {
  const row = await tx
    .updateTable("disputes")
    .set({ ...set, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .returningAll()
    .executeTakeFirst();
  return row ? toDispute(row) : null;
}

export function createDisputesRepository() {
  return {
    insertDispute: (tx: DbOrTx, row: DisputeTable) => tx.insertInto("disputes").values(row).execute(),

    insertItems: (tx: DbOrTx, rows: DisputeItemTable[]) =>
      tx.insertInto("dispute_items").values(rows).execute(),

    /** Claims the items for this open dispute; a unique violation means one is already in another. */
    lockItems: (tx: DbOrTx, disputeId: string, orderItemIds: string[]) =>
      tx
        .insertInto("dispute_item_locks")
        .values(orderItemIds.map((order_item_id) => ({ order_item_id, dispute_id: disputeId })))
        .execute(),

    /** Frees the items of these ended disputes. */
    unlockItems: (tx: DbOrTx, disputeIds: string[]) =>
      tx.deleteFrom("dispute_item_locks").where("dispute_id", "in", disputeIds).execute(),

    /** The open disputes that hold any of these order items. */
    holdersOf: (db: DbOrTx, orderItemIds: string[]) =>
      db
        .selectFrom("dispute_item_locks")
        .innerJoin("disputes", "disputes.id", "dispute_item_locks.dispute_id")
        .select(["dispute_item_locks.order_item_id", "disputes.id", "disputes.reference"])
        .where("dispute_item_locks.order_item_id", "in", orderItemIds)
        .execute(),

    /** Resolved disputes that held any of these order items: what was settled is not disputed again. */
    settledOn: (db: DbOrTx, orderItemIds: string[]) =>
      db
        .selectFrom("dispute_items")
        .innerJoin("disputes", "disputes.id", "dispute_items.dispute_id")
        .select(["disputes.id", "disputes.reference"])
        .where("dispute_items.order_item_id", "in", orderItemIds)
        .where("disputes.status", "=", "resolved")
        .limit(1)
        .execute(),

    itemsOf: (db: DbOrTx, disputeId: string) =>
      db
        .selectFrom("dispute_items")
        .selectAll()
        .where("dispute_id", "=", disputeId)
        .orderBy("order_item_id")
        .execute(),

    /** The items of each of these disputes, in one query. */
    itemsOfMany: (db: DbOrTx, disputeIds: string[]) =>
      db
        .selectFrom("dispute_items")
        .selectAll()
        .where("dispute_id", "in", disputeIds)
        .orderBy("dispute_id")
        .orderBy("order_item_id")
        .execute()
        .then((rows) => groupBy(rows, (r) => r.dispute_id)),

    insertProposal: (tx: DbOrTx, row: DisputeProposalTable) =>
      tx.insertInto("dispute_proposals").values(row).execute(),

    proposalsOf: (db: DbOrTx, disputeId: string) =>
      db
        .selectFrom("dispute_proposals")
        .selectAll()
        .where("dispute_id", "=", disputeId)
        .orderBy("id")
        .execute()
        .then((rows) => rows.map(toProposal)),

    /** The proposals of each of these disputes, oldest first, in one query. */
    proposalsOfMany: (db: DbOrTx, disputeIds: string[]) =>
      db
        .selectFrom("dispute_proposals")
        .selectAll()
        .where("dispute_id", "in", disputeIds)
        .orderBy("id")
        .execute()
        .then((rows) => groupBy(rows.map(toProposal), (r) => r.dispute_id)),

    appendEvents,

    /** Appends an event; returns its id, for the files sent with it. */
    async appendEvent<T extends DisputeEventType>(tx: DbOrTx, event: DisputeEventInput<T>): Promise<string> {
      const [id] = await appendEvents(tx, [event as DisputeEventInput]);
      return id!;
    },

    eventsOf: (db: DbOrTx, disputeId: string) =>
      db
        .selectFrom("dispute_events")
        .selectAll()
        .where("dispute_id", "=", disputeId)
        .orderBy("id")
        .execute()
        .then((rows) =>
          rows.map(({ data_json, type, ...row }) => ({
            ...row,
            status: DisputeStatus.parse(row.status),
            ...disputeEvents.read(type, data_json),
          })),
        ),

    find: (db: DbOrTx, id: string) =>
      db
        .selectFrom("disputes")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst()
        .then((row) => row && toDispute(row)),

    change,

    /**
     * The same for several disputes in one statement (the worker's batch): each column is set per row
     * by its id, each row only at the version read. Returns the rows changed, by id; one that moved on
     * is missing.
     */
    async changeMany(tx: DbOrTx, changes: VersionedChange[]): Promise<Map<string, DisputeRow>> {
      if (changes.length === 0) return new Map();
      if (changes.length === 1) {
        const [{ id, version, set }] = changes as [VersionedChange];
        const row = await change(tx, id, version, set);
        return new Map(row ? [[id, row]] : []);
      }
      const columns = [...new Set(changes.flatMap((c) => Object.keys(c.set)))] as (keyof DisputeChange)[];
      const perRow = (column: keyof DisputeChange) =>
        sql`case ${sql.ref("id")} ${sql.join(
          changes.map((c) => sql`when ${c.id} then ${column in c.set ? c.set[column] : sql.ref(column)}`),
          sql` `,
        )} else ${sql.ref(column)} end`;
      const rows = await tx
        .updateTable("disputes")
        .set({
          ...Object.fromEntries(columns.map((column) => [column, perRow(column)])),
          version: sql`${sql.ref("version")} + 1`,
        })
        .where((eb) =>
          eb.or(changes.map((c) => eb.and([eb("id", "=", c.id), eb("version", "=", c.version)]))),
        )
        .returningAll()
        .execute();
      return new Map(rows.map((row) => [row.id, toDispute(row)]));
    },

    /** The email addresses of these users (a dispute's two sides), by user id. */
    emailsOf: (db: DbOrTx, userIds: string[]) =>
      db
        .selectFrom("user")
        .select(["id", "email"])
        .where("id", "in", userIds)
        .execute()
        .then((rows) => new Map(rows.map((r) => [r.id, r.email]))),

    /** A party's disputes, newest first, keyset-paged on the (time-ordered) id. */
    ofParty: (db: DbOrTx, side: Side, userId: string, beforeId: string | null, limit: number) =>
      listRows(db)
        .where(side === "buyer" ? "disputes.buyer_user_id" : "disputes.seller_user_id", "=", userId)
        .$if(beforeId !== null, (q) => q.where("disputes.id", "<", beforeId!))
        .orderBy("disputes.id", "desc")
        .limit(limit)
        .execute()
        .then((rows) => rows.map(toListRow)),

    /**
     * What other domains need to know of an order's disputes: whether one is still unresolved (its
     * ratings wait), and whether the seller won one on "not as described" (its ratings are marked).
     */
    orderDisputeFacts: (db: DbOrTx, orderId: string) =>
      db
        .selectFrom("disputes")
        .select(["status", "reason", "outcome"])
        .where("order_id", "=", orderId)
        .execute()
        .then((rows) => ({
          unresolved: rows.some((r) => r.status !== "resolved" && r.status !== "withdrawn"),
          sellerWonNotAsDescribed: rows.some(
            (r) => r.status === "resolved" && r.reason === "not_as_described" && r.outcome === "rejected",
          ),
        })),

    /** The disputes of these orders, for the order pages. */
    ofOrders: (db: DbOrTx, orderIds: string[]) =>
      orderIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom("disputes")
            .select(["id", "reference", "status", "order_id"])
            .where("order_id", "in", orderIds)
            .orderBy("id")
            .execute()
            .then((rows) => rows.map((r) => ({ ...r, status: DisputeStatus.parse(r.status) }))),

    /** What is with the platform, soonest deadline first, keyset-paged on (deadline, id). */
    platformQueue: (
      db: DbOrTx,
      statuses: DisputeStatus[],
      after: { deadlineAt: string; id: string } | null,
      limit: number,
    ) =>
      listRows(db)
        .where("disputes.status", "in", statuses)
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb("disputes.deadline_at", ">", after!.deadlineAt),
              eb.and([eb("disputes.deadline_at", "=", after!.deadlineAt), eb("disputes.id", ">", after!.id)]),
            ]),
          ),
        )
        .orderBy("disputes.deadline_at")
        .orderBy("disputes.id")
        .limit(limit)
        .execute()
        .then((rows) => rows.map(toListRow)),

    /** Disputes whose timer is due, soonest first: the worker's sweep. */
    /**
     * Disputes whose timer is due, soonest first, locked for the caller's transaction. On PostgreSQL,
     * `skipLocked` leaves rows another worker holds to it, so two workers sweep different disputes;
     * SQLite has one writer, so the sweep's transaction is alone anyway.
     */
    claimDue: (tx: DbOrTx, now: string, limit: number, skipLocked: boolean) =>
      tx
        .selectFrom("disputes")
        .selectAll()
        .where("deadline_at", "is not", null)
        .where("deadline_at", "<=", now)
        .where("deadline_action", "is not", null)
        .orderBy("deadline_at")
        .orderBy("id")
        .limit(limit)
        .$if(skipLocked, (q) => q.forUpdate().skipLocked())
        .execute()
        .then((rows) => rows.map(toDispute)),

    /** Disputes whose reminder is due. */
    remindersDue: (db: DbOrTx, now: string, limit: number) =>
      db
        .selectFrom("disputes")
        .selectAll()
        .where("reminder_at", "is not", null)
        .where("reminder_at", "<=", now)
        .orderBy("reminder_at")
        .orderBy("id")
        .limit(limit)
        .execute()
        .then((rows) => rows.map(toDispute)),

    insertFiles: (tx: DbOrTx, rows: DisputeFileTable[]) =>
      rows.length === 0
        ? Promise.resolve()
        : tx
            .insertInto("dispute_files")
            .values(rows)
            .execute()
            .then(() => {}),

    filesOf: (db: DbOrTx, disputeId: string) =>
      db.selectFrom("dispute_files").selectAll().where("dispute_id", "=", disputeId).orderBy("id").execute(),

    findFile: (db: DbOrTx, disputeId: string, fileId: string) =>
      db
        .selectFrom("dispute_files")
        .selectAll()
        .where("dispute_id", "=", disputeId)
        .where("id", "=", fileId)
        .executeTakeFirst(),
  };
}

export type DisputesRepository = ReturnType<typeof createDisputesRepository>;
