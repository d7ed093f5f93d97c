import type { ReportTypeId } from "../../../contracts/report-types.ts";

const SEVERE_CATEGORIES = new Set(["firearms_weapons", "explosives_flammables_poisons", "narcotics"]);

/** How harmful a report's subject is, 1 (low) to 3 (danger to people): the base of a case's priority. */
export function severityOf(type: ReportTypeId, details: Record<string, unknown>): number {
  if (type === "phishing") return 3;
  if (type === "listing_violation" && SEVERE_CATEGORIES.has(String(details.prohibitedCategory))) return 3;
  if (type === "listing_violation" || type === "suspicious_behavior") return 2;
  if (type === "ip_rights_holder" && details.reasonCode === "counterfeit") return 2;
  return 1;
}

export interface PriorityInput {
  severity: number;
  reporterCount: number;
  /** A trusted flagger or a reporter in the good-faith fast lane reported it. */
  fastLane: boolean;
}

/**
 * Higher is more urgent. Severity dominates, a fast-lane reporter lifts a case above all others of its
 * severity, and each further reporter adds a little, capped so that a crowd cannot outweigh harm.
 */
export function casePriority({ severity, reporterCount, fastLane }: PriorityInput): number {
  return severity * 100 + (fastLane ? 50 : 0) + Math.min(reporterCount, 20);
}

export function slaHoursFor(fastLane: boolean, hours: { standard: number; priority: number }): number {
  return fastLane ? hours.priority : hours.standard;
}
