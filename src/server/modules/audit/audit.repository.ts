import { z } from "zod";
import { AuditAction } from "../../../contracts/audit.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";

const StoredData = jsonText(z.record(z.string(), z.unknown()));

/** The audit log's entries as admins read them, newest first, with the actor's name. */
export function createAuditRepository() {
  return {
    async newestBefore(db: DbOrTx, beforeSeq: number | null, limit: number) {
      const rows = await db
        .selectFrom("audit_log")
        .leftJoin("user", "user.id", "audit_log.actor_user_id")
        .selectAll("audit_log")
        .select("user.name as actor_name")
        .$if(beforeSeq !== null, (q) => q.where("audit_log.seq", "<", beforeSeq!))
        .orderBy("audit_log.seq", "desc")
        .limit(limit)
        .execute();
      return rows.map(({ data_json, ...row }) => ({
        ...row,
        action: AuditAction.parse(row.action),
        data: StoredData.parse(data_json),
      }));
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
