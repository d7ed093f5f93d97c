import type { DepartmentId, ReportTypeId } from "../../../contracts/report-types.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { ResolvedTarget } from "../catalog/catalog.service.ts";

/** What a report tells the case it joins: the case work (priority, SLA) is decided there. */
export interface CaseIntake {
  department: DepartmentId;
  target: ResolvedTarget;
  reportType: ReportTypeId;
  /** The report's details as stored: the case's severity depends on what was reported. */
  details: Record<string, unknown>;
  /** A trusted flagger or a reporter in the good-faith fast lane: shorter SLA, higher priority. */
  fastLane: boolean;
  trustedFlagger: boolean;
  now: Date;
  actorUserId: string | null;
}

/** The case a report's link joins, as far as the report needs it. */
export interface JoinedCase {
  id: string;
  sla_due_at: string;
}

/**
 * Reports open cases, and cases are built from reports: the intake declares what it needs here and the
 * cases module provides it, so that reports never import cases.
 */
export interface CaseIntakePort {
  /** Finds the open case for this department and target, or opens one. Runs inside the intake tx. */
  openOrJoin(tx: Tx, intake: CaseIntake): Promise<JoinedCase>;
  /** After the report's targets are stored: counts, priority and the event that records the report. */
  recordReport(
    tx: Tx,
    caseId: string,
    report: { id: string; reference: string; reporterKey: string },
    intake: CaseIntake,
  ): Promise<void>;
}
