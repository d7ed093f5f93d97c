import type { z } from "zod";
import type { BulkDecision, CreateMacro, DecideCase, Macro } from "../../../contracts/decisions.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { AppError, forbidden, notFound } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { Actor } from "../accounts/actor.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { requireStaff } from "../staff/staff.service.ts";
import type { MacrosRepository } from "./decisions.macros.repository.ts";
import type { DecisionsService } from "./decisions.service.ts";

interface Deps {
  db: Db;
  clock: Clock;
  decisions: Pick<DecisionsService, "decideWithoutPage">;
  macros: MacrosRepository;
  staff: Pick<StaffPorts["staff"], "departmentsOf">;
}

/** Speed for moderators: one decision applied to many cases, and decisions saved as macros. */
export function createBulkDecisionsService({ db, clock, decisions, macros, staff }: Deps) {
  return {
    /** Each case is decided in its own transaction: one refused case does not hold back the others. */
    async decideMany(actor: Actor | null, input: z.infer<typeof BulkDecision>) {
      await requireStaff(db, staff, actor);
      const results = [];
      for (const { caseId, seenEventCount } of input.cases) {
        try {
          await decisions.decideWithoutPage(actor, caseId, {
            ...input.decision,
            seenEventCount,
          } as DecideCase);
          results.push({ caseId, ok: true });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ caseId, ok: false, error: { code: error.code, message: error.message } });
        }
      }
      return { results };
    },

    async listMacros(actor: Actor | null): Promise<Macro[]> {
      const member = await requireStaff(db, staff, actor);
      return (await macros.all(db)).filter(
        (m) => !m.department || member.isAdmin || member.departments.includes(m.department),
      );
    },

    async createMacro(actor: Actor | null, input: z.infer<typeof CreateMacro>) {
      const member = await requireStaff(db, staff, actor);
      if (
        input.department &&
        !member.isAdmin &&
        !(member.departments as string[]).includes(input.department)
      ) {
        throw forbidden("You can only make macros for your own departments.");
      }
      const id = newId();
      await macros.insert(db, {
        id,
        name: input.name,
        department: input.department,
        decision: input.decision,
        createdBy: member.actor.userId,
        createdAt: clock.now().toISOString(),
      });
      return (await this.listMacros(actor)).find((m) => m.id === id)!;
    },

    async deleteMacro(actor: Actor | null, id: string) {
      const member = await requireStaff(db, staff, actor);
      const author = await macros.authorOf(db, id);
      if (author === undefined) throw notFound("This macro");
      if (author !== member.actor.userId && !member.isAdmin)
        throw forbidden("Only its author or an admin may delete a macro.");
      await macros.remove(db, id);
    },
  };
}

export type BulkDecisionsService = ReturnType<typeof createBulkDecisionsService>;
