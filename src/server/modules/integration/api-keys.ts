import crypto from "node:crypto";
import type { ApiKey, ApiKeyScope, IssueApiKey, IssuedApiKey } from "../../../contracts/integration.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { Actor } from "../accounts/actor.ts";
import type { ApiKeysRepository } from "./api-keys.repository.ts";

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

type StoredKey = NonNullable<Awaited<ReturnType<ApiKeysRepository["find"]>>>;

const keyView = (row: StoredKey): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: `rdk_${row.prefix}`,
  scopes: row.scopes,
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
  keys: ApiKeysRepository;
}

/** API keys: admins issue, list and revoke them; integration routes authenticate requests by them. */
export function createApiKeys({ db, transact, clock, keys }: Deps) {
  async function find(id: string) {
    const row = await keys.find(db, id);
    if (!row) throw notFound("This API key");
    return keyView(row);
  }

  return {
    async list(actor: Actor | null): Promise<ApiKey[]> {
      requireAdmin(actor);
      return (await keys.all(db)).map(keyView);
    },

    /** A new key: its secret is in this answer only; the database keeps its hash. */
    async issue(actor: Actor | null, input: IssueApiKey): Promise<IssuedApiKey> {
      const admin = requireAdmin(actor);
      const id = newId();
      const prefix = randomPrefix();
      const secret = `rdk_${prefix}_${crypto.randomBytes(32).toString("base64url")}`;
      const at = clock.now().toISOString();
      await transact(async (tx) => {
        await keys.insert(tx, {
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
        });
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
        if (!(await keys.revoke(tx, id, admin.userId, at))) return;
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
      const row = await keys.byPrefix(db, parts[1]!);
      const given = Buffer.from(sha256(match[1]!));
      if (!row || row.revoked_at || !crypto.timingSafeEqual(given, Buffer.from(row.secret_hash)))
        throw refusedKey();
      const { scopes } = row;
      if (!scopes.includes(scope))
        throw forbidden(`This API key may not do this: it needs the scope ${scope}.`);
      await touch(row);
      return { keyId: row.id, name: row.name, scopes };
    },
  };

  async function touch(row: { id: string; last_used_at: string | null }) {
    const now = clock.now();
    if (row.last_used_at && now.getTime() - Date.parse(row.last_used_at) < LAST_USED_EVERY_MS) return;
    await keys.touch(db, row.id, now.toISOString());
  }
}

export type ApiKeys = ReturnType<typeof createApiKeys>;
