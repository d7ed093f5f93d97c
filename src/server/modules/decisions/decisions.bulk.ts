import type { z } from "zod";
import type { BulkDecision, CreateMacro, DecideCase, Macro } from "../../../contracts/decisions.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { AppError, forbidden, notFound } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import type { Actor } from "../accounts/actor.ts";
import type { StaffRepository } from "../staff/staff.repository.ts";
import { requireStaff } from "../staff/staff.service.ts";
import type { DecisionsService } from "./decisions.service.ts";

interface Deps {
  db: Db;
  clock: Clock;
  decisions: DecisionsService;
  staff: StaffRepository;
}

/** Speed for moderators: one decision applied to many cases, and decisions saved as macros. */
export function createBulkDecisionsService({ db, clock, decisions, staff }: Deps) {
  return {
    /** Each case is decided in its own transaction: one refused case does not hold back the others. */
    async decideMany(actor: Actor | null, input: z.infer<typeof BulkDecision>) {
      await requireStaff(db, staff, actor);
      const results = [];
      for (const { caseId, seenEventCount } of input.cases) {
        try {
          await decisions.decide(actor, caseId, { ...input.decision, seenEventCount } as DecideCase);
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
      const rows = await db.selectFrom("decision_macros").selectAll().orderBy("name").execute();
      return rows
        .filter(
          (r) => !r.department || member.isAdmin || (member.departments as string[]).includes(r.department),
        )
        .map((r) => ({
          id: r.id,
          name: r.name,
          department: r.department as Macro["department"],
          decision: JSON.parse(r.decision_json),
          createdAt: r.created_at,
        }));
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
      await db
        .insertInto("decision_macros")
        .values({
          id,
          name: input.name,
          department: input.department,
          decision_json: JSON.stringify(input.decision),
          created_by: member.actor.userId,
          created_at: clock.now().toISOString(),
        })
        .execute();
      return (await this.listMacros(actor)).find((m) => m.id === id)!;
    },

    async deleteMacro(actor: Actor | null, id: string) {
      const member = await requireStaff(db, staff, actor);
      const row = await db.selectFrom("decision_macros").selectAll().where("id", "=", id).executeTakeFirst();
      if (!row) throw notFound("This macro");
      if (row.created_by !== member.actor.userId && !member.isAdmin)
        throw forbidden("Only its author or an admin may delete a macro.");
      await db.deleteFrom("decision_macros").where("id", "=", id).execute();
    },
  };
}

export type BulkDecisionsService = ReturnType<typeof createBulkDecisionsService>;
