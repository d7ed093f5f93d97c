import { z } from "zod";
import { StaffRole } from "../../../contracts/admin.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import {
  type EventDataOf,
  type EventTypeOf,
  eventCatalog,
  type TypedEventOf,
} from "../../platform/db/event-catalog.ts";

const Standing = z.strictObject({ role: StaffRole, departments: z.array(DepartmentId) });
const Change = z.strictObject({ from: Standing, to: Standing });

/** What each staff event records beside its type, actor and time: the stored `data_json`. */
export const STAFF_EVENTS = {
  "staff.appointed": Change,
  "staff.changed": Change,
  "staff.dismissed": Change,
};

export const staffEvents = eventCatalog("staff_events", STAFF_EVENTS);

export type StaffEventType = EventTypeOf<typeof STAFF_EVENTS>;
export type StaffEventData<T extends StaffEventType> = EventDataOf<typeof STAFF_EVENTS, T>;
export type TypedStaffEvent = TypedEventOf<typeof STAFF_EVENTS>;
export type StaffStanding = z.infer<typeof Standing>;

/** A role with its departments in one order, once each: two standings compare as their JSON. */
export const standingOf = (role: StaffStanding["role"], departments: readonly string[]): StaffStanding => ({
  role,
  departments: [...new Set(departments)].sort().map((d) => DepartmentId.parse(d)),
});

/** The event a change from one standing to another records, or none when nothing changes. */
export function staffEventOf(from: StaffStanding, to: StaffStanding): StaffEventType | null {
  const same = from.role === to.role && JSON.stringify(from.departments) === JSON.stringify(to.departments);
  if (same) return null;
  if (from.role === "member") return "staff.appointed";
  return to.role === "member" ? "staff.dismissed" : "staff.changed";
}
