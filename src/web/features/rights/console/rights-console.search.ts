import type { RightStatus } from "../../../../contracts/rights.ts";

export interface RightQueueSearch {
  status?: RightStatus;
}

/** The queue tab from the query string; anything unknown means the default (pending). */
export function validateRightQueueSearch(search: Record<string, unknown>): RightQueueSearch {
  const status = search.status;
  return status === "approved" || status === "rejected" ? { status } : {};
}
