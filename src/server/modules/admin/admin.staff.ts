import type { z } from "zod";
import type { SetStaff, StaffMember } from "../../../contracts/admin.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { forbidden, invalidInput, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { StaffService } from "../staff/staff.service.ts";
import type { AdminRepository } from "./admin.repository.ts";

interface Deps {
  db: Db;
  transact: Transact;
  admin: Pick<AdminRepository, "staffAccounts" | "accountIdByEmail" | "setRole">;
  staff: Pick<StaffService, "departmentsByUser" | "setDepartments">;
}

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins manage staff.");
  return actor;
}

/** Admins decide who is staff, with which role, working which departments. */
export function createStaffAdminService({ db, transact, admin, staff }: Deps) {
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
      const userId = await admin.accountIdByEmail(db, input.email.toLowerCase());
      if (!userId)
        throw invalidInput({ email: "No account has this email address. Ask the person to sign up first." });
      if (userId === self.userId && input.role !== "admin") {
        throw invalidInput({ role: "You cannot remove your own admin role; ask another admin." });
      }
      await transact(async (tx) => {
        await admin.setRole(tx, userId, input.role);
        await staff.setDepartments(tx, userId, input.role === "member" ? [] : input.departments);
      });
      return list();
    },
  };
}

export type StaffAdminService = ReturnType<typeof createStaffAdminService>;
