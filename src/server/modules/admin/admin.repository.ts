import type { z } from "zod";
import { type OutcomeTemplateKey, StaffRole } from "../../../contracts/admin.ts";
import type { DbOrTx } from "../../platform/db/database.ts";

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

    accountIdByEmail: (db: DbOrTx, email: string) =>
      db
        .selectFrom("user")
        .select(["id"])
        .where("email", "=", email)
        .executeTakeFirst()
        .then((row) => row?.id),

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
