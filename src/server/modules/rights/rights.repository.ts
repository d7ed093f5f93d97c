import { z } from "zod";
import { HolderKind, RightFile, RightStatus, RightType } from "../../../contracts/rights.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import type {
  RightEventTable,
  RightFileTable,
  RightsHolderDocumentTable,
  RightsHolderTable,
  RightTable,
} from "../../platform/db/schema.ts";
import { newId } from "../../platform/ids.ts";
import { type RightEventData, type RightEventType, rightEvents } from "./rights.events.ts";
import { statusAfter } from "./rights.policy.ts";

/** A right as stored, its type, status and Nice classes parsed. */
export type StoredRight = Omit<RightTable, "type" | "status" | "classes_json"> & {
  type: RightType;
  status: RightStatus;
  classes: number[];
};
export type StoredHolder = Omit<RightsHolderTable, "kind"> & { kind: HolderKind };
export type StoredRightFile = Omit<RightFileTable, "kind"> & { kind: RightFile["kind"] };
export type StoredRightEvent = Pick<RightEventTable, "right_id" | "created_at"> & {
  type: RightEventType;
  status: RightStatus;
};

const Classes = z.array(z.number().int());
const FileKind = RightFile.shape.kind;

function parseRight<Row extends RightTable>({ classes_json, ...row }: Row) {
  return {
    ...row,
    type: RightType.parse(row.type),
    status: RightStatus.parse(row.status),
    classes: Classes.parse(JSON.parse(classes_json)),
  };
}

const parseHolder = (row: RightsHolderTable): StoredHolder => ({ ...row, kind: HolderKind.parse(row.kind) });
const parseFile = (row: RightFileTable): StoredRightFile => ({ ...row, kind: FileKind.parse(row.kind) });

/** One event to append: its data has the shape its type declares (checked again as it is written). */
export interface RightEventInput<T extends RightEventType = RightEventType> {
  rightId: string;
  type: T;
  actorUserId: string | null;
  data: RightEventData<T>;
  at: string;
}

const insertMany = async <T>(rows: T[], insert: (rows: T[]) => Promise<unknown>) => {
  if (rows.length > 0) await insert(rows);
};

export function createRightsRepository() {
  return {
    insertHolder: (tx: DbOrTx, row: RightsHolderTable) =>
      tx.insertInto("rights_holders").values(row).execute(),

    insertHolderDocuments: (tx: DbOrTx, rows: RightsHolderDocumentTable[]) =>
      insertMany(rows, (r) => tx.insertInto("rights_holder_documents").values(r).execute()),

    findHolderOfUser: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("rights_holders")
        .selectAll()
        .where("user_id", "=", userId)
        .executeTakeFirst()
        .then((row) => row && parseHolder(row)),

    findHolder: (db: DbOrTx, id: string) =>
      db
        .selectFrom("rights_holders")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst()
        .then((row) => row && parseHolder(row)),

    holderDocuments: (db: DbOrTx, holderId: string) =>
      db
        .selectFrom("rights_holder_documents")
        .selectAll()
        .where("holder_id", "=", holderId)
        .orderBy("id")
        .execute(),

    insertRight: (tx: DbOrTx, { classes, ...right }: StoredRight) =>
      tx
        .insertInto("rights")
        .values({ ...right, classes_json: JSON.stringify(classes) })
        .execute(),

    insertRightFiles: (tx: DbOrTx, rows: RightFileTable[]) =>
      insertMany(rows, (r) => tx.insertInto("right_files").values(r).execute()),

    /** Appends an event; the status it leads to is what the caller writes on the right. */
    async insertEvent<T extends RightEventType>(tx: DbOrTx, event: RightEventInput<T>) {
      const status = statusAfter(event.type);
      await tx
        .insertInto("right_events")
        .values({
          id: newId(),
          right_id: event.rightId,
          type: event.type,
          status,
          actor_user_id: event.actorUserId,
          data_json: rightEvents.dataText(event.type, event.data),
          created_at: event.at,
        })
        .execute();
      // A holder submits; IP Protection reviews: the review is a staff action, kept in the audit log.
      if (event.type !== "right.submitted")
        await appendAudit(tx, {
          actorUserId: event.actorUserId,
          action: "right.reviewed",
          subject: { kind: "right", id: event.rightId },
          data: { type: event.type, ...(event.data as Record<string, unknown>) },
          at: event.at,
        });
      return status;
    },

    /**
     * Writes a review on a right that is still pending; returns false when someone else reviewed it first,
     * so that two reviewers racing each other cannot both decide.
     */
    async recordReview(
      tx: DbOrTx,
      review: { id: string; status: string; reason: string | null; reviewerId: string; at: string },
    ): Promise<boolean> {
      const result = await tx
        .updateTable("rights")
        .set({
          status: review.status,
          rejection_reason: review.reason,
          reviewed_by: review.reviewerId,
          reviewed_at: review.at,
          updated_at: review.at,
        })
        .where("id", "=", review.id)
        .where("status", "=", "pending")
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    findRight: (db: DbOrTx, id: string): Promise<StoredRight | undefined> =>
      db
        .selectFrom("rights")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst()
        .then((row) => row && parseRight(row)),

    rightsOfHolder: (db: DbOrTx, holderId: string): Promise<StoredRight[]> =>
      db
        .selectFrom("rights")
        .selectAll()
        .where("holder_id", "=", holderId)
        .orderBy("id", "desc")
        .execute()
        .then((rows) => rows.map(parseRight)),

    filesOf: async (db: DbOrTx, rightIds: string[]): Promise<StoredRightFile[]> =>
      rightIds.length === 0
        ? []
        : (
            await db
              .selectFrom("right_files")
              .selectAll()
              .where("right_id", "in", rightIds)
              .orderBy("id")
              .execute()
          ).map(parseFile),

    eventsOf: async (db: DbOrTx, rightIds: string[]): Promise<StoredRightEvent[]> =>
      rightIds.length === 0
        ? []
        : (
            await db
              .selectFrom("right_events")
              .select(["right_id", "type", "status", "created_at"])
              .where("right_id", "in", rightIds)
              .orderBy("id")
              .execute()
          ).map((e) => ({ ...e, type: rightEvents.Type.parse(e.type), status: RightStatus.parse(e.status) })),

    /** One page of the review queue: pending oldest first (fair), decided ones newest first. */
    async queue(db: DbOrTx, opts: { status: string; afterId: string | null; limit: number }) {
      const ascending = opts.status === "pending";
      let q = db
        .selectFrom("rights")
        .innerJoin("rights_holders", "rights_holders.id", "rights.holder_id")
        .selectAll("rights")
        .select([
          "rights_holders.legal_name as holder_legal_name",
          "rights_holders.kind as holder_kind",
          "rights_holders.country as holder_country",
        ])
        .select((eb) =>
          eb
            .selectFrom("right_files")
            .select((f) => f.fn.countAll<number>().as("n"))
            .whereRef("right_files.right_id", "=", "rights.id")
            .as("file_count"),
        )
        .where("rights.status", "=", opts.status)
        .orderBy("rights.id", ascending ? "asc" : "desc")
        .limit(opts.limit + 1);
      if (opts.afterId) q = q.where("rights.id", ascending ? ">" : "<", opts.afterId);
      const rows = await q.execute();
      return rows.map((r) => ({
        ...parseRight(r),
        holder_kind: HolderKind.parse(r.holder_kind),
        file_count: Number(r.file_count ?? 0),
      }));
    },

    /** Approved rights that end between the two days (inclusive) and whose holder was not yet warned. */
    dueExpiryWarnings: (db: DbOrTx, fromDay: string, untilDay: string) =>
      db
        .selectFrom("rights")
        .innerJoin("rights_holders", "rights_holders.id", "rights.holder_id")
        .select([
          "rights.id",
          "rights.type",
          "rights.registration_number",
          "rights.office",
          "rights.valid_to",
          "rights_holders.contact_email",
          "rights_holders.legal_name",
        ])
        .where("rights.status", "=", "approved")
        .where("rights.expiry_warned_at", "is", null)
        .where("rights.valid_to", ">=", fromDay)
        .where("rights.valid_to", "<=", untilDay)
        .orderBy("rights.id")
        .limit(500)
        .execute()
        .then((rows) => rows.map((r) => ({ ...r, type: RightType.parse(r.type) }))),

    /** Marks the warning as sent; false when another worker got there first. */
    async markExpiryWarned(tx: DbOrTx, id: string, at: string): Promise<boolean> {
      const result = await tx
        .updateTable("rights")
        .set({ expiry_warned_at: at })
        .where("id", "=", id)
        .where("expiry_warned_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The approved right `rightId`, owned by the holder of `userId`; the caller checks its dates. */
    approvedRightOfUser: (db: DbOrTx, userId: string, rightId: string): Promise<StoredRight | undefined> =>
      db
        .selectFrom("rights")
        .innerJoin("rights_holders", "rights_holders.id", "rights.holder_id")
        .selectAll("rights")
        .where("rights_holders.user_id", "=", userId)
        .where("rights.id", "=", rightId)
        .where("rights.status", "=", "approved")
        .executeTakeFirst()
        .then((row) => row && parseRight(row)),

    approvedRightsOfUser: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("rights")
        .innerJoin("rights_holders", "rights_holders.id", "rights.holder_id")
        .selectAll("rights")
        .where("rights_holders.user_id", "=", userId)
        .where("rights.status", "=", "approved")
        .orderBy("rights.id", "desc")
        .execute()
        .then((rows) => rows.map(parseRight)),
  };
}

export type RightsRepository = ReturnType<typeof createRightsRepository>;
