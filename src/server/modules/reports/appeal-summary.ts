import { AppealStatus } from "../../../contracts/appeals.ts";
import type { AppealTable } from "../../platform/db/schema.ts";

type AppealRow = Pick<AppealTable, "id" | "status" | "created_at" | "decided_at" | "reason">;

/** An appeal as the reporter's and the seller's pages show it; null when none was filed. */
export function appealSummaryOf(appeal: AppealRow | null | undefined) {
  if (!appeal) return null;
  return {
    id: appeal.id,
    status: AppealStatus.parse(appeal.status),
    createdAt: appeal.created_at,
    decidedAt: appeal.decided_at,
    reason: appeal.reason,
  };
}
