import crypto from "node:crypto";
import { z } from "zod";
import {
  type ApiKey,
  ApiKeyScope,
  type IssueApiKey,
  type IssuedApiKey,
} from "../../../contracts/integration.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type { ApiKeyTable } from "../../platform/db/schema.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { Actor } from "../accounts/actor.ts";

const StoredScopes = jsonText(z.array(ApiKeyScope));

/** A key reads `rdk_<prefix>_<secret>`: the prefix finds it, the whole string is what is hashed. */
const KEY_PATTERN = /^rdk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
/** Writing the last use on every request would make each call a write: once a minute is enough to show. */
const LAST_USED_EVERY_MS = 60_000;

const sha256 = (text: string) => crypto.createHash("sha256").update(text).digest("hex");

const PREFIX_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
function randomPrefix() {
  const bytes = crypto.randomBytes(12);
  return Array.from(bytes, (b) => PREFIX_ALPHABET[b % PREFIX_ALPHABET.length]).join("");
}

const keyView = (row: ApiKeyTable & { creator_name: string | null }): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: `rdk_${row.prefix}`,
  scopes: StoredScopes.parse(row.scopes_json),
  createdAt: row.created_at,
  createdBy: row.creator_name,
  lastUsedAt: row.last_used_at,
  revokedAt: row.revoked_at,
});

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins manage API keys.");
  return actor;
}

const refusedKey = () =>
  new AppError(401, "invalid_api_key", "Send a valid API key: Authorization: Bearer rdk_….");

/** The key a request was made with, and what it may do. */
export interface KeyHolder {
  keyId: string;
  name: string;
  scopes: ApiKeyScope[];
}

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
}

/** API keys: admins issue, list and revoke them; integration routes authenticate requests by them. */
export function createApiKeys({ db, transact, clock }: Deps) {
  const listed = (q: DbOrTx) =>
    q
      .selectFrom("api_keys")
      .leftJoin("user", "user.id", "api_keys.created_by")
      .selectAll("api_keys")
      .select("user.name as creator_name");

  async function find(id: string) {
    const row = await listed(db).where("api_keys.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("This API key");
    return keyView(row);
  }

  return {
    async list(actor: Actor | null): Promise<ApiKey[]> {
      requireAdmin(actor);
      return (await listed(db).orderBy("api_keys.id", "desc").execute()).map(keyView);
    },

    /** A new key: its secret is in this answer only; the database keeps its hash. */
    async issue(actor: Actor | null, input: IssueApiKey): Promise<IssuedApiKey> {
      const admin = requireAdmin(actor);
      const id = newId();
      const prefix = randomPrefix();
      const secret = `rdk_${prefix}_${crypto.randomBytes(32).toString("base64url")}`;
      const at = clock.now().toISOString();
      await transact(async (tx) => {
        await tx
          .insertInto("api_keys")
          .values({
            id,
            name: input.name,
            prefix,
            secret_hash: sha256(secret),
            scopes_json: JSON.stringify(input.scopes),
            created_by: admin.userId,
            created_at: at,
            last_used_at: null,
            revoked_at: null,
            revoked_by: null,
          })
          .execute();
        await appendAudit(tx, {
          actorUserId: admin.userId,
          action: "api_key.issued",
          subject: { kind: "api_key", id },
          data: { name: input.name, prefix: `rdk_${prefix}`, scopes: input.scopes },
          at,
        });
      });
      return { secret, key: await find(id) };
    },

    /** Revoked at once, for every instance: the next request with it is refused. Revoking twice changes nothing. */
    async revoke(actor: Actor | null, id: string): Promise<ApiKey> {
      const admin = requireAdmin(actor);
      const at = clock.now().toISOString();
      await transact(async (tx) => {
        const revoked = await tx
          .updateTable("api_keys")
          .set({ revoked_at: at, revoked_by: admin.userId })
          .where("id", "=", id)
          .where("revoked_at", "is", null)
          .executeTakeFirst();
        if (Number(revoked.numUpdatedRows) === 0) return;
        await appendAudit(tx, {
          actorUserId: admin.userId,
          action: "api_key.revoked",
          subject: { kind: "api_key", id },
          at,
        });
      });
      return find(id);
    },

    /**
     * The key of an `Authorization: Bearer` header, if it is valid, not revoked and has `scope`: 401 for
     * a missing, unknown or revoked key, 403 for a key without the scope. The secret is compared in
     * constant time.
     */
    async authenticate(authorization: string | undefined, scope: ApiKeyScope): Promise<KeyHolder> {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
      const parts = match && KEY_PATTERN.exec(match[1]!);
      if (!parts) throw refusedKey();
      const row = await db
        .selectFrom("api_keys")
        .selectAll()
        .where("prefix", "=", parts[1]!)
        .executeTakeFirst();
      const given = Buffer.from(sha256(match[1]!));
      if (!row || row.revoked_at || !crypto.timingSafeEqual(given, Buffer.from(row.secret_hash)))
        throw refusedKey();
      const scopes = StoredScopes.parse(row.scopes_json);
      if (!scopes.includes(scope))
        throw forbidden(`This API key may not do this: it needs the scope ${scope}.`);
      await touch(row);
      return { keyId: row.id, name: row.name, scopes };
    },
  };

  async function touch(row: ApiKeyTable) {
    const now = clock.now();
    if (row.last_used_at && now.getTime() - Date.parse(row.last_used_at) < LAST_USED_EVERY_MS) return;
    await db
      .updateTable("api_keys")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", row.id)
      .execute();
  }
}

export type ApiKeys = ReturnType<typeof createApiKeys>;
