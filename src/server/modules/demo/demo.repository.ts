import type { Insertable } from "kysely";
import type { DbOrTx, Tx } from "../../platform/db/database.ts";
import type { Database } from "../../platform/db/schema.ts";
import { DEMO_EMAIL_DOMAIN, DEMO_LISTINGS, DEMO_STORES } from "./demo.data.ts";
import { DEMO_ORDERS } from "./demo.orders.ts";

/** A disabled demo account's address: unguessable, so that nobody can ask for a password reset to it. */
export const DISABLED_PREFIX = "disabled-";
const demoEmails = `%@${DEMO_EMAIL_DOMAIN}`;

/**
 * Every table of the app, children before parents, so that deleting in this order meets no reference.
 * Migrations' own bookkeeping tables are not in it.
 */
export const TABLES_CHILDREN_FIRST: (keyof Database)[] = [
  "audit_log",
  "audit_head",
  "api_keys",
  "help_article_words",
  "help_articles",
  "blocked_domain_events",
  "blocked_domains",
  "queue_counts",
  "rate_limit_counters",
  "timer_locks",
  "report_access_tokens",
  "attachments",
  "misuse_marks",
  "reporter_standing",
  "trusted_flagger_events",
  "trusted_flaggers",
  "appeals",
  "counter_notices",
  "statements",
  "strikes",
  "enforcement_events",
  "enforcements",
  "decisions",
  "case_notes",
  "case_events",
  "case_reporters",
  "evidence_files",
  "report_events",
  "report_targets",
  "reports",
  "cases",
  "outbox",
  "idempotency_keys",
  "decision_macros",
  "outcome_templates",
  "staff_events",
  "staff_departments",
  "right_events",
  "right_files",
  "rights",
  "rights_holder_documents",
  "rights_holders",
  "message_attachments",
  "messages",
  "message_threads",
  "feedback_photos",
  "buyer_feedback",
  "feedback",
  "store_feedback",
  "store_rating_days",
  "listing_ratings",
  "dispute_files",
  "dispute_events",
  "dispute_proposals",
  "dispute_item_locks",
  "dispute_items",
  "disputes",
  "order_items",
  "orders",
  "listings",
  "stores",
  "verification",
  "session",
  "account",
  "user",
];

type Row<Table extends keyof Database> = Insertable<Database[Table]>;

export function createDemoRepository() {
  return {
    /** The demo is seeded once, into a marketplace without stores. */
    hasAnyStore: (db: DbOrTx) =>
      db
        .selectFrom("stores")
        .select("id")
        .limit(1)
        .executeTakeFirst()
        .then((row) => !!row),

    accountIdByEmail: (db: DbOrTx, email: string) =>
      db
        .selectFrom("user")
        .select("id")
        .where("email", "=", email)
        .executeTakeFirst()
        .then((row) => row?.id),

    /** Departments a seed run may already have given: those stay as they are. */
    addDepartments: (tx: DbOrTx, userId: string, departments: readonly string[]) =>
      tx
        .insertInto("staff_departments")
        .values(departments.map((department) => ({ user_id: userId, department })))
        .onConflict((oc) => oc.doNothing())
        .execute(),

    async insertHolderWithRight(tx: Tx, holder: Row<"rights_holders">, right: Row<"rights">) {
      await tx.insertInto("rights_holders").values(holder).execute();
      await tx.insertInto("rights").values(right).execute();
    },

    async insertCatalog(tx: Tx, stores: Row<"stores">[], listings: Row<"listings">[]) {
      await tx.insertInto("stores").values(stores).execute();
      await tx.insertInto("listings").values(listings).execute();
    },

    async insertOrder(tx: Tx, order: Row<"orders">, items: Row<"order_items">[]) {
      await tx.insertInto("orders").values(order).execute();
      await tx.insertInto("order_items").values(items).execute();
    },

    insertBuyerFeedback: (tx: Tx, row: Row<"buyer_feedback">) =>
      tx.insertInto("buyer_feedback").values(row).execute(),

    /** The demo accounts that can still be used (not yet disabled). */
    activeDemoUsers(db: DbOrTx) {
      return db
        .selectFrom("user")
        .select(["id", "email"])
        .where("email", "like", demoEmails)
        .where("email", "not like", `${DISABLED_PREFIX}%`)
        .execute();
    },

    async countDemoUsers(db: DbOrTx): Promise<number> {
      const row = await db
        .selectFrom("user")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("email", "like", demoEmails)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Signs the accounts out, makes their password unusable, takes their staff powers and their address. */
    async disable(
      tx: Tx,
      users: { id: string; email: string }[],
      unusableHash: string,
      suffixOf: () => string,
    ) {
      const ids = users.map((u) => u.id);
      await tx.deleteFrom("session").where("userId", "in", ids).execute();
      await tx
        .updateTable("account")
        .set({ password: unusableHash })
        .where("userId", "in", ids)
        .where("providerId", "=", "credential")
        .execute();
      await tx.deleteFrom("staff_departments").where("user_id", "in", ids).execute();
      for (const user of users) {
        await tx
          .updateTable("user")
          .set({ email: `${DISABLED_PREFIX}${suffixOf()}@${DEMO_EMAIL_DOMAIN}`, role: "member" })
          .where("id", "=", user.id)
          .execute();
      }
    },

    /** What is not the demo's: accounts outside the demo domain, stores, listings and orders it did not make. */
    async countRealData(db: DbOrTx) {
      const countOutside = async (table: "stores" | "listings" | "orders", demoIds: string[]) => {
        const row = await db
          .selectFrom(table as "stores")
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .where("id", "not in", demoIds)
          .executeTakeFirstOrThrow();
        return Number(row.n);
      };
      const accounts = await db
        .selectFrom("user")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("email", "not like", demoEmails)
        .executeTakeFirstOrThrow();
      return {
        accounts: Number(accounts.n),
        stores: await countOutside(
          "stores",
          DEMO_STORES.map((s) => s.id),
        ),
        listings: await countOutside(
          "listings",
          DEMO_LISTINGS.map((l) => l.id),
        ),
        orders: await countOutside(
          "orders",
          DEMO_ORDERS.map((o) => o.id),
        ),
      };
    },

    /** The content hashes of every stored file, so that their blobs can go after the rows. */
    async storedBlobs(db: DbOrTx): Promise<string[]> {
      const tables = [
        "evidence_files",
        "rights_holder_documents",
        "right_files",
        "attachments",
        "dispute_files",
        "feedback_photos",
        "message_attachments",
      ] as const;
      const shas = new Set<string>();
      for (const table of tables) {
        for (const row of await db.selectFrom(table).select("sha256").execute()) shas.add(row.sha256);
      }
      return [...shas];
    },

    /** Empties every table of the app: only called once nothing but the demo is in it. */
    async deleteEverything(tx: Tx): Promise<Record<string, number>> {
      const counts: Record<string, number> = {};
      for (const table of TABLES_CHILDREN_FIRST) {
        const result = await tx.deleteFrom(table).executeTakeFirst();
        counts[table] = Number(result.numDeletedRows);
      }
      return counts;
    },
  };
}

export type DemoRepository = ReturnType<typeof createDemoRepository>;
