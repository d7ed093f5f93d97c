import { z } from "zod";
import { ApiKeyScope } from "../../../contracts/integration.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type { ApiKeyTable } from "../../platform/db/schema.ts";

const StoredScopes = jsonText(z.array(ApiKeyScope));

const withScopes = <Row extends { scopes_json: string }>({ scopes_json, ...row }: Row) => ({
  ...row,
  scopes: StoredScopes.parse(scopes_json),
});

/** API keys as stored: the secret only as its hash. */
export function createApiKeysRepository() {
  const listed = (db: DbOrTx) =>
    db
      .selectFrom("api_keys")
      .leftJoin("user", "user.id", "api_keys.created_by")
      .selectAll("api_keys")
      .select("user.name as creator_name");

  return {
    all: async (db: DbOrTx) => (await listed(db).orderBy("api_keys.id", "desc").execute()).map(withScopes),

    find: async (db: DbOrTx, id: string) => {
      const row = await listed(db).where("api_keys.id", "=", id).executeTakeFirst();
      return row && withScopes(row);
    },

    byPrefix: async (db: DbOrTx, prefix: string) => {
      const row = await db.selectFrom("api_keys").selectAll().where("prefix", "=", prefix).executeTakeFirst();
      return row && withScopes(row);
    },

    insert: (tx: DbOrTx, row: ApiKeyTable) => tx.insertInto("api_keys").values(row).execute(),

    /** Revokes a key in force; false when it was revoked already. */
    revoke: async (tx: DbOrTx, id: string, by: string, at: string) => {
      const result = await tx
        .updateTable("api_keys")
        .set({ revoked_at: at, revoked_by: by })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    touch: (db: DbOrTx, id: string, at: string) =>
      db.updateTable("api_keys").set({ last_used_at: at }).where("id", "=", id).execute(),
  };
}

export type ApiKeysRepository = ReturnType<typeof createApiKeysRepository>;
