import type { ReportTable } from "../../platform/db/schema.ts";
import type { Actor } from "../accounts/actor.ts";

/**
 * How someone holds a report on the reporter's side: its own account; the private token handed back in
 * the answer to the form ("answer": whoever sent the form); or a token mailed to the contact address
 * ("mailbox": whoever reads that mailbox). Staff are none of these: they read reports in the console.
 */
export type ReportHolding = "account" | "answer" | "mailbox";

export function isReportersAccount(actor: Actor | null, report: ReportTable): boolean {
  return !!actor && report.reporter_user_id === actor.userId;
}

/**
 * Who may read a report and act as its reporter: its reporter, by its account or a private token.
 * Everyone else, staff included, is told it does not exist, so that report ids reveal nothing.
 */
export function mayReadReport(holding: ReportHolding | null): holding is ReportHolding {
  return holding !== null;
}
