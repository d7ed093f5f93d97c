import type { ReportTable } from "../../platform/db/schema.ts";
import { sha256Hex } from "../../platform/ids.ts";
import { type Actor, isStaff } from "../accounts/actor.ts";

/**
 * Who may read a report: its reporter, staff, or a guest holding the private token from the receipt.
 * Everyone else is told it does not exist, so that report ids reveal nothing.
 */
export function mayReadReport(actor: Actor | null, report: ReportTable, token: string | undefined): boolean {
  if (actor && report.reporter_user_id === actor.userId) return true;
  if (isStaff(actor)) return true;
  if (token && report.access_token_hash) return sha256Hex(token) === report.access_token_hash;
  return false;
}
