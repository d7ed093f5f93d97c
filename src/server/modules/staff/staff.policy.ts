import type { DepartmentId } from "../../../contracts/report-types.ts";
import type { Actor } from "../accounts/actor.ts";
import { isStaff } from "../accounts/actor.ts";

/** A staff member with the departments it works; admins work all of them. */
export interface StaffMember {
  actor: Actor;
  departments: DepartmentId[];
  isAdmin: boolean;
}

export function mayWorkDepartment(staff: StaffMember, department: string): boolean {
  return staff.isAdmin || (staff.departments as string[]).includes(department);
}

export function isStaffActor(actor: Actor | null): actor is Actor {
  return isStaff(actor);
}
