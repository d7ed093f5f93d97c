import type { z } from "zod";
import type { OutcomeTemplate, OutcomeTemplateKey } from "../../../contracts/admin.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { forbidden, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { DEFAULT_OUTCOME_TEXTS, OUTCOME_KEYS } from "../decisions/decision-texts.ts";
import type { AdminRepository } from "./admin.repository.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  admin: Pick<AdminRepository, "outcomeTexts" | "replaceOutcomeText">;
}

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins edit the outcome messages.");
  return actor;
}

/** Admins word what reporters are told per outcome. */
export function createOutcomeTemplatesService({ db, transact, clock, admin }: Deps) {
  async function list(): Promise<z.infer<typeof OutcomeTemplate>[]> {
    const texts = await admin.outcomeTexts(db);
    return OUTCOME_KEYS.map((key) => ({
      key,
      text: texts.get(key) ?? DEFAULT_OUTCOME_TEXTS[key],
      isDefault: !texts.has(key),
    }));
  }

  return {
    async list(actor: Actor | null) {
      requireAdmin(actor);
      return list();
    },

    /** An empty text restores the built-in wording. */
    async set(actor: Actor | null, key: z.infer<typeof OutcomeTemplateKey>, text: string) {
      const self = requireAdmin(actor);
      const at = clock.now().toISOString();
      const worded = text ? { text, updatedBy: self.userId, at } : null;
      await transact(async (tx) => {
        await admin.replaceOutcomeText(tx, key, worded);
        await appendAudit(tx, {
          actorUserId: self.userId,
          action: "outcome_template.changed",
          subject: { kind: "outcome_template", id: key },
          data: { text: text || null },
          at,
        });
      });
      return list();
    },
  };
}

export type OutcomeTemplatesService = ReturnType<typeof createOutcomeTemplatesService>;
