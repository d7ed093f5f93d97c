import type { z } from "zod";
import { type OutcomeTemplateKey, StaffRole } from "../../../contracts/admin.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import { type StaffEventData, type StaffEventType, staffEvents } from "./admin.events.ts";

/** One staff event to append: its data has the shape its type declares (checked as it is written). */
export interface StaffEventInput<T extends StaffEventType = StaffEventType> {
  userId: string;
  type: T;
  actorUserId: string;
  data: StaffEventData<T>;
  at: string;
}

/** Accounts as staff, and the outcome messages' wording. */
export function createAdminRepository() {
  return {
    /** Every account with a role above member, by name. */
    staffAccounts: (db: DbOrTx) =>
      db
        .selectFrom("user")
        .select(["id", "name", "email", "role"])
        .where("role", "!=", "member")
        .orderBy("name")
        .execute()
        .then((rows) => rows.map((r) => ({ ...r, role: StaffRole.parse(r.role) }))),

    /** The account with this address and its role as it stands. */
    accountByEmail: (db: DbOrTx, email: string) =>
      db
        .selectFrom("user")
        .select(["id", "role"])
        .where("email", "=", email)
        .executeTakeFirst()
        .then((row) => row && { id: row.id, role: StaffRole.parse(row.role) }),

    async appendStaffEvent<T extends StaffEventType>(tx: DbOrTx, event: StaffEventInput<T>) {
      await tx
        .insertInto("staff_events")
        .values({
          id: newId(),
          user_id: event.userId,
          type: event.type,
          actor_user_id: event.actorUserId,
          data_json: staffEvents.dataText(event.type, event.data),
          created_at: event.at,
        })
        .execute();
      await appendAudit(tx, {
        actorUserId: event.actorUserId,
        action: "staff.changed",
        subject: { kind: "user", id: event.userId },
        data: { type: event.type, ...(event.data as Record<string, unknown>) },
        at: event.at,
      });
    },

    /** One account's staff changes in the order they were made, with the name of who made each. */
    staffHistory: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("staff_events")
        .leftJoin("user", "user.id", "staff_events.actor_user_id")
        .select([
          "staff_events.type",
          "staff_events.data_json",
          "staff_events.actor_user_id",
          "staff_events.created_at",
          "user.name as actor_name",
        ])
        .where("staff_events.user_id", "=", userId)
        .orderBy("staff_events.id")
        .execute()
        .then((rows) =>
          rows.map(({ type, data_json, ...row }) => ({ ...row, ...staffEvents.read(type, data_json) })),
        ),

    setRole: (tx: DbOrTx, userId: string, role: z.infer<typeof StaffRole>) =>
      tx.updateTable("user").set({ role }).where("id", "=", userId).execute(),

    /** The outcome messages an admin has worded, by key. */
    outcomeTexts: (db: DbOrTx) =>
      db
        .selectFrom("outcome_templates")
        .select(["key", "text"])
        .execute()
        .then((rows) => new Map(rows.map((r) => [r.key, r.text]))),

    async replaceOutcomeText(
      db: DbOrTx,
      key: z.infer<typeof OutcomeTemplateKey>,
      row: { text: string; updatedBy: string; at: string } | null,
    ) {
      await db.deleteFrom("outcome_templates").where("key", "=", key).execute();
      if (!row) return;
      await db
        .insertInto("outcome_templates")
        .values({ key, text: row.text, updated_by: row.updatedBy, updated_at: row.at })
        .execute();
    },
  };
}

export type AdminRepository = ReturnType<typeof createAdminRepository>;
