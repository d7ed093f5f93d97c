import type { z } from "zod";
import type { OutcomeTemplate, OutcomeTemplateKey } from "../../../contracts/admin.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { forbidden, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { DEFAULT_OUTCOME_TEXTS, OUTCOME_KEYS } from "../decisions/decision-texts.ts";

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins edit the outcome messages.");
  return actor;
}

/** Admins word what reporters are told per outcome. */
export function createOutcomeTemplatesService({ db, clock }: { db: Db; clock: Clock }) {
  async function list(): Promise<z.infer<typeof OutcomeTemplate>[]> {
    const rows = new Map(
      (await db.selectFrom("outcome_templates").select(["key", "text"]).execute()).map((r) => [
        r.key,
        r.text,
      ]),
    );
    return OUTCOME_KEYS.map((key) => ({
      key,
      text: rows.get(key) ?? DEFAULT_OUTCOME_TEXTS[key],
      isDefault: !rows.has(key),
    }));
  }

  return {
    async list(actor: Actor | null) {
      requireAdmin(actor);
      return list();
    },

    async set(actor: Actor | null, key: z.infer<typeof OutcomeTemplateKey>, text: string) {
      const admin = requireAdmin(actor);
      await db.deleteFrom("outcome_templates").where("key", "=", key).execute();
      if (text) {
        await db
          .insertInto("outcome_templates")
          .values({ key, text, updated_by: admin.userId, updated_at: clock.now().toISOString() })
          .execute();
      }
      return list();
    },
  };
}

export type OutcomeTemplatesService = ReturnType<typeof createOutcomeTemplatesService>;
