import type { DbOrTx } from "../../platform/db/database.ts";

/** Reporters' appeals against their suspension, kept on their standing row. */
export function createSuspensionAppealsRepository() {
  return {
    /**
     * Records an appeal unless one was made since `began` (the start of this suspension); false when
     * there was one.
     */
    record: (db: DbOrTx, reporterKey: string, appeal: { statement: string; at: string; began: string }) =>
      db
        .updateTable("reporter_standing")
        .set({
          appeal_statement: appeal.statement,
          appeal_at: appeal.at,
          appeal_outcome: null,
          appeal_reason: null,
          appeal_decided_at: null,
        })
        .where("reporter_key", "=", reporterKey)
        .where((eb) => eb.or([eb("appeal_at", "is", null), eb("appeal_at", "<", appeal.began)]))
        .executeTakeFirst()
        .then((r) => Number(r.numUpdatedRows) > 0),

    /** Appeals not yet decided, oldest first. */
    pending: (db: DbOrTx) =>
      db
        .selectFrom("reporter_standing")
        .select(["reporter_key", "appeal_statement", "appeal_at", "suspended_until"])
        .where("appeal_at", "is not", null)
        .where("appeal_outcome", "is", null)
        .orderBy("appeal_at")
        .execute(),

    /** A lifted suspension also clears the warning before it. */
    recordOutcome: (
      tx: DbOrTx,
      reporterKey: string,
      outcome: { lifted: boolean; reason: string; at: string },
    ) =>
      tx
        .updateTable("reporter_standing")
        .set({
          appeal_outcome: outcome.lifted ? "lifted" : "kept",
          appeal_reason: outcome.reason,
          appeal_decided_at: outcome.at,
          ...(outcome.lifted ? { suspended_until: null, warned_at: null } : {}),
        })
        .where("reporter_key", "=", reporterKey)
        .execute(),

    /** Email addresses of accounts by id, in one query. */
    async emailsOf(db: DbOrTx, userIds: string[]): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const rows = await db.selectFrom("user").select(["id", "email"]).where("id", "in", userIds).execute();
      return new Map(rows.map((u) => [u.id, u.email]));
    },

    emailOf: (db: DbOrTx, userId: string) =>
      db
        .selectFrom("user")
        .select("email")
        .where("id", "=", userId)
        .executeTakeFirst()
        .then((row) => row?.email),
  };
}

export type SuspensionAppealsRepository = ReturnType<typeof createSuspensionAppealsRepository>;
