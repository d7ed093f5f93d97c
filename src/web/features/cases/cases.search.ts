import { DepartmentId, ReportTypeId } from "../../../contracts/report-types.ts";

export const QUEUE_STATUSES = ["open", "needs_info", "decided"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** The queue's filters, kept in the address bar so that a view can be reloaded, shared and gone back to. */
export interface QueueSearch {
  department?: DepartmentId;
  type?: ReportTypeId;
  /** Absent means "open", the default of the API. */
  status?: Exclude<QueueStatus, "open">;
  overdue?: boolean;
  mine?: boolean;
  trustedFlagger?: boolean;
}

// The router parses `?overdue=true` into a boolean, but a hand-typed link may still carry the string.
const flag = (value: unknown) => (value === true || value === "true" ? true : undefined);

/** Keeps only the filters it knows, with valid values; anything else in the query string is dropped. */
export function validateQueueSearch(search: Record<string, unknown>): QueueSearch {
  const department = DepartmentId.safeParse(search.department);
  const type = ReportTypeId.safeParse(search.type);
  const status = search.status === "needs_info" || search.status === "decided" ? search.status : undefined;
  return {
    department: department.success ? department.data : undefined,
    type: type.success ? type.data : undefined,
    status,
    overdue: flag(search.overdue),
    mine: flag(search.mine),
    trustedFlagger: flag(search.trustedFlagger),
  };
}

export const hasNarrowingFilters = (search: QueueSearch) =>
  !!(search.type || search.overdue || search.mine || search.trustedFlagger);
