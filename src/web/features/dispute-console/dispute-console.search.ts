import type { QueueStatus } from "./dispute-console.api.ts";

export interface DisputeQueueSearch {
  /** Without a status the queue lists every dispute with the platform. */
  status?: QueueStatus;
}

const STATUSES: readonly string[] = ["escalated", "awaiting_evidence", "appealed"];

export function validateDisputeQueueSearch(search: Record<string, unknown>): DisputeQueueSearch {
  return typeof search.status === "string" && STATUSES.includes(search.status)
    ? { status: search.status as QueueStatus }
    : {};
}
