import type { z } from "zod";
import type { SetStaff, StaffMember } from "../../../contracts/admin.ts";
import type { Db } from "../../platform/db/database.ts";
import { forbidden, invalidInput, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { StaffRepository } from "../staff/staff.repository.ts";

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins manage staff.");
  return actor;
}

/** Admins decide who is staff, with which role, working which departments. */
export function createStaffAdminService({ db, staff }: { db: Db; staff: StaffRepository }) {
  async function list(): Promise<StaffMember[]> {
    const users = await db
      .selectFrom("user")
      .select(["id", "name", "email", "role"])
      .where("role", "!=", "member")
      .orderBy("name")
      .execute();
    const rows = users.length
      ? await db
          .selectFrom("staff_departments")
          .selectAll()
          .where(
            "user_id",
            "in",
            users.map((u) => u.id),
          )
          .execute()
      : [];
    return users.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      role: u.role as StaffMember["role"],
      departments: rows
        .filter((r) => r.user_id === u.id)
        .map((r) => r.department as StaffMember["departments"][number]),
    }));
  }

  return {
    async list(actor: Actor | null) {
      requireAdmin(actor);
      return list();
    },

    async set(actor: Actor | null, input: z.infer<typeof SetStaff>) {
      const admin = requireAdmin(actor);
      const user = await db
        .selectFrom("user")
        .select(["id"])
        .where("email", "=", input.email.toLowerCase())
        .executeTakeFirst();
      if (!user)
        throw invalidInput({ email: "No account has this email address. Ask the person to sign up first." });
      if (user.id === admin.userId && input.role !== "admin") {
        throw invalidInput({ role: "You cannot remove your own admin role; ask another admin." });
      }
      await db.transaction().execute(async (tx) => {
        await tx.updateTable("user").set({ role: input.role }).where("id", "=", user.id).execute();
        await staff.setDepartments(tx, user.id, input.role === "member" ? [] : input.departments);
      });
      return list();
    },
  };
}

export type StaffAdminService = ReturnType<typeof createStaffAdminService>;
