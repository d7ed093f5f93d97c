import { DEPARTMENT_IDS, type DepartmentId } from "../../../contracts/report-types.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { forbidden, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { isStaffActor, type StaffMember } from "./staff.policy.ts";
import type { StaffRepository } from "./staff.repository.ts";

/** Resolves the asking actor into a staff member, or refuses: 401 for guests, 403 for non-staff. */
export async function requireStaff(
  db: DbOrTx,
  staff: StaffRepository,
  actor: Actor | null,
): Promise<StaffMember> {
  if (!actor) throw unauthenticated();
  if (!isStaffActor(actor)) throw forbidden("Only the marketplace's staff may use the console.");
  const isAdmin = actor.role === "admin";
  const departments = isAdmin
    ? [...DEPARTMENT_IDS]
    : ((await staff.departmentsOf(db, actor.userId)) as DepartmentId[]);
  return { actor, departments, isAdmin };
}
