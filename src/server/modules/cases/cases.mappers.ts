import type { CaseQueueItem } from "../../../contracts/console.ts";
import type { CaseTable } from "../../platform/db/schema.ts";

/** The columns a queue item shows: the queue reads only these (a case's snapshot can be large). */
export const QUEUE_COLUMNS = [
  "id",
  "department",
  "status",
  "target_kind",
  "target_id",
  "target_title",
  "store_id",
  "priority",
  "lane",
  "trusted_flagger",
  "sla_due_at",
  "report_count",
  "reporter_count",
  "first_reported_at",
  "claimed_by",
  "claim_expires_at",
] as const satisfies readonly (keyof CaseTable)[];

export type QueueRow = Pick<CaseTable, (typeof QUEUE_COLUMNS)[number]>;

/** A case row as the queue shows it; a claim counts only while its lease runs. */
export function toQueueItem(row: QueueRow, names: Map<string, string>, now: string): CaseQueueItem {
  const claimActive = !!row.claimed_by && !!row.claim_expires_at && row.claim_expires_at > now;
  return {
    id: row.id,
    department: row.department as CaseQueueItem["department"],
    status: row.status as CaseQueueItem["status"],
    targetKind: row.target_kind as CaseQueueItem["targetKind"],
    targetId: row.target_id,
    targetTitle: row.target_title,
    storeId: row.store_id,
    priority: row.priority,
    lane: row.lane as CaseQueueItem["lane"],
    trustedFlagger: row.trusted_flagger === 1,
    slaDueAt: row.sla_due_at,
    overdue: row.status === "open" && row.sla_due_at < now,
    reportCount: row.report_count,
    reporterCount: row.reporter_count,
    firstReportedAt: row.first_reported_at,
    claimedBy: claimActive
      ? { id: row.claimed_by!, name: names.get(row.claimed_by!) ?? "a colleague" }
      : null,
    claimExpiresAt: claimActive ? row.claim_expires_at : null,
  };
}
