import { DEPARTMENT_NAMES, type DepartmentId } from "../../../contracts/report-types.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { CaseTable } from "../../platform/db/schema.ts";
import { AppError } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { CaseWorkDeps } from "./cases.deps.ts";
import type { CaseRow } from "./cases.repository.ts";

/**
 * A report filed under the wrong type is moved to the department that handles it, not rejected. If that
 * department already has an open case on the same target, the reports join it and this case closes.
 */
export function createRerouteService(deps: CaseWorkDeps) {
  const { db, transact, clock } = deps;

  /** The case closes into the open one; guarded by the department it was read in, as a move is. */
  async function mergeInto(tx: Tx, from: CaseRow, into: CaseTable, at: string, actorUserId: string) {
    await deps.transitions.transitionCase(
      tx,
      from.id,
      { type: "case.merged", actorUserId, data: { into: into.id }, at },
      {
        set: { open_key: null, updated_at: at },
        where: { kind: "inDepartment", department: from.department },
      },
    );
    await deps.cases.mergeInto(tx, from, into.id, at);
    await deps.transitions.transitionCase(tx, into.id, {
      type: "case.merged_in",
      actorUserId,
      data: { from: from.id },
      at,
    });
  }

  return async function reroute(actor: Actor | null, caseId: string, department: DepartmentId) {
    const member = await deps.staff.requireStaff(db, actor);
    const row = await deps.console.caseForStaff(db, member, caseId);
    if (row.status !== "open" && row.status !== "needs_info")
      throw new AppError(409, "already_decided", "This case is already decided.");
    if (row.department === department)
      throw new AppError(409, "same_department", "The case is already in this department.");
    const at = clock.now().toISOString();
    const openKey = `${department}:${row.target_kind}:${row.target_id}`;
    return transact(async (tx) => {
      const moved = await deps.caseQueries.reportsOfCase(tx, caseId);
      const existing = await deps.cases.findOpen(tx, openKey);
      if (existing) await mergeInto(tx, row, existing, at, member.actor.userId);
      else {
        // A new open key, and nobody's claim; of two moves at once, the one that still finds the case in
        // the department it was read in makes it.
        await deps.transitions.transitionCase(
          tx,
          caseId,
          {
            type: "case.rerouted",
            actorUserId: member.actor.userId,
            data: { from: row.department, to: department },
            at,
          },
          {
            set: { department, open_key: openKey, claimed_by: null, claim_expires_at: null, updated_at: at },
            where: { kind: "inDepartment", department: row.department },
          },
        );
      }
      for (const report of moved) {
        if (report.status === "decided" || report.status === "closed") continue;
        await deps.reports.appendEvent(tx, {
          reportId: report.id,
          type: report.status === "needs_info" ? "report.rerouted_waiting" : "report.rerouted",
          actorUserId: member.actor.userId,
          data: { department },
          at,
        });
        await deps.reports.setDepartment(tx, report.id, department);
        await enqueue(tx, clock, {
          topic: "mail.send",
          dedupeKey: `mail:rerouted:${report.id}:${department}`,
          payload: mailMessage("report-rerouted", report.contact_email, {
            reference: report.reference,
            department: DEPARTMENT_NAMES[department],
            url: `${deps.publicUrl}/my/reports/${report.id}`,
          }),
        });
      }
      return { caseId: existing?.id ?? caseId, department };
    });
  };
}

export type RerouteService = ReturnType<typeof createRerouteService>;
