import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import type { BlockedDomainEventTable, BlockedDomainTable } from "../../platform/db/schema.messages.ts";

/** The block list of link domains and its history. */
export function createBlocklistRepository() {
  return {
    /** The list in the order of its domains, keyset-paged, with who added each. */
    list: (db: DbOrTx, afterDomain: string | null, limit: number) =>
      db
        .selectFrom("blocked_domains")
        .innerJoin("user", "user.id", "blocked_domains.added_by")
        .selectAll("blocked_domains")
        .select("user.name as added_by_name")
        .$if(afterDomain !== null, (q) => q.where("blocked_domains.domain", ">", afterDomain!))
        .orderBy("blocked_domains.domain")
        .limit(limit)
        .execute(),

    find: (db: DbOrTx, domain: string) =>
      db.selectFrom("blocked_domains").selectAll().where("domain", "=", domain).executeTakeFirst(),

    /** Adds a domain; false when it is on the list already (of two adds at once, one gets true). */
    async add(tx: DbOrTx, row: BlockedDomainTable): Promise<boolean> {
      const inserted = await tx
        .insertInto("blocked_domains")
        .values(row)
        .onConflict((oc) => oc.column("domain").doNothing())
        .returning("domain")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    /** Takes a domain off; false when it was not on the list. */
    async remove(tx: DbOrTx, domain: string): Promise<boolean> {
      const result = await tx.deleteFrom("blocked_domains").where("domain", "=", domain).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async appendEvent(tx: DbOrTx, row: BlockedDomainEventTable) {
      await tx.insertInto("blocked_domain_events").values(row).execute();
      await appendAudit(tx, {
        actorUserId: row.actor_user_id,
        action: "blocked_domain.changed",
        subject: { kind: "domain", id: row.domain },
        data: { type: row.type, reason: row.reason },
        at: row.created_at,
      });
    },

    eventsOf: (db: DbOrTx, domain: string) =>
      db.selectFrom("blocked_domain_events").selectAll().where("domain", "=", domain).orderBy("id").execute(),
  };
}

export type BlocklistRepository = ReturnType<typeof createBlocklistRepository>;
