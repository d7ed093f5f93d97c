import { DEPARTMENT_IDS, DepartmentId } from "../../../contracts/report-types.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { forbidden, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { isStaffActor, type StaffMember } from "./staff.policy.ts";
import { createStaffRepository, type StaffRepository } from "./staff.repository.ts";

/** Resolves the asking actor into a staff member, or refuses: 401 for guests, 403 for non-staff. */
export async function requireStaff(
  db: DbOrTx,
  staff: Pick<StaffRepository, "departmentsOf">,
  actor: Actor | null,
): Promise<StaffMember> {
  if (!actor) throw unauthenticated();
  if (!isStaffActor(actor)) throw forbidden("Only the marketplace's staff may use the console.");
  const isAdmin = actor.role === "admin";
  const departments = isAdmin
    ? [...DEPARTMENT_IDS]
    : (await staff.departmentsOf(db, actor.userId)).map((d) => DepartmentId.parse(d));
  return { actor, departments, isAdmin };
}

/**
 * Who works in which department, and users' names: what the console modules ask of staff. Each method
 * takes the db or the transaction of the caller, so that it joins the caller's unit of work.
 */
export function createStaffService(repo: StaffRepository = createStaffRepository()) {
  return {
    departmentsOf: repo.departmentsOf,
    departmentsByUser: repo.departmentsByUser,
    setDepartments: repo.setDepartments,
    namesOf: repo.namesOf,
    requireStaff: (db: DbOrTx, actor: Actor | null) => requireStaff(db, repo, actor),
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
