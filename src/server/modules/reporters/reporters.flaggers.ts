import type { z } from "zod";
import type { DesignateFlagger, TrustedFlaggerChange } from "../../../contracts/reporters.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { forbidden, invalidInput, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { FlaggerStanding } from "./reporters.events.ts";
import type { ReportersRepository } from "./reporters.repository.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  reporters: Pick<
    ReportersRepository,
    | "listFlaggers"
    | "accountIdByEmail"
    | "flaggerRecord"
    | "designate"
    | "revoke"
    | "appendFlaggerEvent"
    | "flaggerHistory"
  >;
}

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins designate trusted flaggers.");
  return actor;
}

const standingOf = (row: { organisation: string; revoked_at: string | null }): FlaggerStanding => ({
  organisation: row.organisation,
  active: row.revoked_at === null,
});

/** Trusted flaggers (DSA Art. 22): admins designate, rename and revoke them, and each change is recorded. */
export function createTrustedFlaggers({ db, transact, clock, reporters }: Deps) {
  async function list() {
    return (await reporters.listFlaggers(db)).map((f) => ({
      userId: f.user_id,
      organisation: f.organisation,
      email: f.email,
      name: f.name,
      designatedAt: f.designated_at,
      revokedAt: f.revoked_at,
    }));
  }

  return {
    async list(actor: Actor | null) {
      requireAdmin(actor);
      return list();
    },

    /** Designates the account, or renames its organisation; designating it again as it is changes nothing. */
    async designate(actor: Actor | null, input: z.infer<typeof DesignateFlagger>) {
      const admin = requireAdmin(actor);
      const userId = await reporters.accountIdByEmail(db, input.email.toLowerCase());
      if (!userId)
        throw invalidInput({
          email: "No account has this email address. Ask the organisation to sign up first.",
        });
      await transact(async (tx) => {
        const row = await reporters.flaggerRecord(tx, userId);
        const from = row ? standingOf(row) : null;
        if (from?.active && from.organisation === input.organisation) return;
        const at = clock.now().toISOString();
        await reporters.designate(tx, {
          user_id: userId,
          organisation: input.organisation,
          designated_by: admin.userId,
          designated_at: at,
        });
        const to = { organisation: input.organisation, active: true as const };
        const by = { userId, actorUserId: admin.userId, at };
        if (from?.active) {
          await reporters.appendFlaggerEvent(tx, {
            ...by,
            type: "trusted_flagger.changed",
            data: { from: { ...from, active: true }, to },
          });
        } else {
          await reporters.appendFlaggerEvent(tx, {
            ...by,
            type: "trusted_flagger.designated",
            data: { from: from && { ...from, active: false }, to },
          });
        }
      });
      return list();
    },

    /** Revokes a designation in force; revoking one that is not changes nothing. */
    async revoke(actor: Actor | null, userId: string) {
      const admin = requireAdmin(actor);
      await transact(async (tx) => {
        const row = await reporters.flaggerRecord(tx, userId);
        const at = clock.now().toISOString();
        if (!row || !(await reporters.revoke(tx, userId, at))) return;
        await reporters.appendFlaggerEvent(tx, {
          userId,
          type: "trusted_flagger.revoked",
          actorUserId: admin.userId,
          data: {
            from: { organisation: row.organisation, active: true },
            to: { organisation: row.organisation, active: false },
          },
          at,
        });
      });
      return list();
    },

    /** One account's designations, changes of organisation and revocations, oldest first. */
    async history(actor: Actor | null, userId: string): Promise<TrustedFlaggerChange[]> {
      requireAdmin(actor);
      return (await reporters.flaggerHistory(db, userId)).map((e) => ({
        type: e.type,
        from: e.data.from,
        to: e.data.to,
        by: e.actor_user_id ? { userId: e.actor_user_id, name: e.actor_name ?? "" } : null,
        at: e.created_at,
      }));
    },
  };
}

export type TrustedFlaggers = ReturnType<typeof createTrustedFlaggers>;
