import { reportTypeBit } from "../../../contracts/report-types.ts";
import { addHours } from "../../platform/clock.ts";
import type { Tx } from "../../platform/db/database.ts";
import { newId } from "../../platform/ids.ts";
import type { CaseIntake, CaseIntakePort } from "../reports/reports.ports.ts";
import { casePriority, severityOf, slaHoursFor } from "./case-priority.ts";
import type { CasesRepository } from "./cases.repository.ts";

interface Deps {
  cases: CasesRepository;
  slaHours: { standard: number; priority: number };
}

/** Open reports on the same target in the same department form one case: the unit moderators work. */
export function createCasesService({ cases, slaHours }: Deps) {
  return {
    /** Finds the open case for this department and target, or opens one. Runs inside the intake tx. */
    async openOrJoin(tx: Tx, intake: CaseIntake) {
      const at = intake.now.toISOString();
      const severity = severityOf(intake.reportType, intake.details);
      const openKey = `${intake.department}:${intake.target.kind}:${intake.target.id}`;
      const { case: row, created } = await cases.insertOrGetOpen(tx, {
        id: newId(),
        department: intake.department,
        target_kind: intake.target.kind,
        target_id: intake.target.id,
        target_title: intake.target.title,
        store_id: intake.target.storeId,
        author_user_id: intake.target.authorUserId ?? null,
        open_key: openKey,
        claimed_by: null,
        claim_expires_at: null,
        decided_at: null,
        sla_paused_at: null,
        trusted_flagger: intake.trustedFlagger ? 1 : 0,
        report_types: 0,
        status: "open",
        priority: casePriority({ severity, reporterCount: 1, fastLane: intake.fastLane }),
        lane: intake.fastLane ? "priority" : "standard",
        sla_due_at: addHours(intake.now, slaHoursFor(intake.fastLane, slaHours)).toISOString(),
        first_reported_at: at,
        last_reported_at: at,
        report_count: 0,
        reporter_count: 0,
        snapshot_json: JSON.stringify(intake.target.snapshot),
        created_at: at,
        updated_at: at,
      });
      if (created) {
        await cases.appendEvent(tx, {
          caseId: row.id,
          type: "case.opened",
          status: "open",
          actorUserId: intake.actorUserId,
          data: { department: intake.department, target: { kind: intake.target.kind, id: intake.target.id } },
          at,
        });
      }
      return row;
    },

    /** After the report's targets are stored: counts, priority and the event that records the report. */
    async recordReport(
      tx: Tx,
      caseId: string,
      report: { id: string; reference: string; reporterKey: string },
      intake: CaseIntake,
    ) {
      const at = intake.now.toISOString();
      const newReporter = await cases.addReporter(tx, caseId, report.reporterKey, report.id);
      const row = await cases.bumpCounts(tx, caseId, newReporter, reportTypeBit(intake.reportType), at);
      const fastLane = intake.fastLane || row.lane === "priority";
      const priority = casePriority({
        severity: Math.max(severityOf(intake.reportType, intake.details), Math.floor(row.priority / 100)),
        reporterCount: row.reporter_count,
        fastLane,
      });
      // A fast-lane reporter joining a standard case moves the whole case to the priority lane.
      const promote = intake.fastLane && row.lane !== "priority";
      const slaDueAt = addHours(intake.now, slaHours.priority).toISOString();
      if (priority !== row.priority || promote || (intake.trustedFlagger && !row.trusted_flagger)) {
        await cases.setPriority(tx, caseId, {
          priority,
          lane: fastLane ? "priority" : "standard",
          trusted_flagger: intake.trustedFlagger ? 1 : row.trusted_flagger,
          sla_due_at: promote && slaDueAt < row.sla_due_at ? slaDueAt : row.sla_due_at,
        });
      }
      await cases.appendEvent(tx, {
        caseId,
        type: "report.attached",
        status: row.status,
        actorUserId: intake.actorUserId,
        data: { reportId: report.id, reference: report.reference },
        at,
      });
    },
  } satisfies CaseIntakePort;
}

export type CasesService = ReturnType<typeof createCasesService>;
