import type { z } from "zod";
import type { SetStaff, StaffChange, StaffMember } from "../../../contracts/admin.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { forbidden, invalidInput, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { StaffService } from "../staff/staff.service.ts";
import { staffEventOf, standingOf } from "./admin.events.ts";
import type { AdminRepository } from "./admin.repository.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  admin: Pick<
    AdminRepository,
    "staffAccounts" | "accountByEmail" | "setRole" | "appendStaffEvent" | "staffHistory"
  >;
  staff: Pick<StaffService, "departmentsByUser" | "departmentsOf" | "setDepartments">;
}

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins manage staff.");
  return actor;
}

/** Admins decide who is staff, with which role, working which departments; each change is recorded. */
export function createStaffAdminService({ db, transact, clock, admin, staff }: Deps) {
  async function list(): Promise<StaffMember[]> {
    const users = await admin.staffAccounts(db);
    const departments = await staff.departmentsByUser(
      db,
      users.map((u) => u.id),
    );
    return users.map((u) => ({
      ...u,
      departments: (departments.get(u.id) ?? []).map((d) => DepartmentId.parse(d)),
    }));
  }

  return {
    async list(actor: Actor | null) {
      requireAdmin(actor);
      return list();
    },

    async set(actor: Actor | null, input: z.infer<typeof SetStaff>) {
      const self = requireAdmin(actor);
      await transact(async (tx) => {
        const account = await admin.accountByEmail(tx, input.email.toLowerCase());
        if (!account)
          throw invalidInput({
            email: "No account has this email address. Ask the person to sign up first.",
          });
        if (account.id === self.userId && input.role !== "admin") {
          throw invalidInput({ role: "You cannot remove your own admin role; ask another admin." });
        }
        const from = standingOf(account.role, await staff.departmentsOf(tx, account.id));
        const to = standingOf(input.role, input.role === "member" ? [] : input.departments);
        const type = staffEventOf(from, to);
        if (!type) return;
        await admin.setRole(tx, account.id, to.role);
        await staff.setDepartments(tx, account.id, to.departments);
        await admin.appendStaffEvent(tx, {
          userId: account.id,
          type,
          actorUserId: self.userId,
          data: { from, to },
          at: clock.now().toISOString(),
        });
      });
      return list();
    },

    /** One account's changes of role and departments, oldest first. */
    async history(actor: Actor | null, userId: string): Promise<StaffChange[]> {
      requireAdmin(actor);
      return (await admin.staffHistory(db, userId)).map((e) => ({
        type: e.type,
        from: e.data.from,
        to: e.data.to,
        by: e.actor_user_id ? { userId: e.actor_user_id, name: e.actor_name ?? "" } : null,
        at: e.created_at,
      }));
    },
  };
}

export type StaffAdminService = ReturnType<typeof createStaffAdminService>;
