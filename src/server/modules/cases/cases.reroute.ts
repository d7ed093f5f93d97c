import { sql } from "kysely";
import { DEPARTMENT_NAMES, type DepartmentId } from "../../../contracts/report-types.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { CaseTable } from "../../platform/db/schema.ts";
import { AppError } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { requireStaff } from "../staff/staff.service.ts";
import type { CaseWorkDeps } from "./cases.deps.ts";

/**
 * A report filed under the wrong type is moved to the department that handles it, not rejected. If that
 * department already has an open case on the same target, the reports join it and this case closes.
 */
export function createRerouteService(deps: CaseWorkDeps) {
  const { db, clock } = deps;

  async function mergeInto(tx: Tx, from: CaseTable, into: CaseTable, at: string, actorUserId: string) {
    await tx.updateTable("report_targets").set({ case_id: into.id }).where("case_id", "=", from.id).execute();
    const reporters = await tx
      .selectFrom("case_reporters")
      .selectAll()
      .where("case_id", "=", from.id)
      .execute();
    for (const r of reporters) {
      await tx
        .insertInto("case_reporters")
        .values({ ...r, case_id: into.id })
        .onConflict((oc) => oc.columns(["case_id", "reporter_key"]).doNothing())
        .execute();
    }
    const count = async (table: "report_targets" | "case_reporters") =>
      Number(
        (
          await tx
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .where("case_id", "=", into.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    await tx
      .updateTable("cases")
      .set({
        report_count: await count("report_targets"),
        reporter_count: await count("case_reporters"),
        report_types: sql<number>`report_types | ${from.report_types}`,
        updated_at: at,
      })
      .where("id", "=", into.id)
      .execute();
    await tx
      .updateTable("cases")
      .set({ status: "closed", open_key: null, updated_at: at })
      .where("id", "=", from.id)
      .execute();
    await deps.cases.appendEvent(tx, {
      caseId: from.id,
      type: "case.merged",
      status: "closed",
      actorUserId,
      data: { into: into.id },
      at,
    });
    await deps.cases.appendEvent(tx, {
      caseId: into.id,
      type: "case.merged_in",
      status: into.status,
      actorUserId,
      data: { from: from.id },
      at,
    });
  }

  return async function reroute(actor: Actor | null, caseId: string, department: DepartmentId) {
    const member = await requireStaff(db, deps.staff, actor);
    const row = await deps.console.caseForStaff(db, member, caseId);
    if (row.status !== "open" && row.status !== "needs_info")
      throw new AppError(409, "already_decided", "This case is already decided.");
    if (row.department === department)
      throw new AppError(409, "same_department", "The case is already in this department.");
    const at = clock.now().toISOString();
    const openKey = `${department}:${row.target_kind}:${row.target_id}`;
    return db.transaction().execute(async (tx) => {
      const moved = await deps.caseQueries.reportsOfCase(tx, caseId);
      const existing = await tx
        .selectFrom("cases")
        .selectAll()
        .where("open_key", "=", openKey)
        .executeTakeFirst();
      if (existing) await mergeInto(tx, row, existing, at, member.actor.userId);
      else {
        await tx
          .updateTable("cases")
          .set({ department, open_key: openKey, claimed_by: null, claim_expires_at: null, updated_at: at })
          .where("id", "=", caseId)
          .execute();
        await deps.cases.appendEvent(tx, {
          caseId,
          type: "case.rerouted",
          status: row.status,
          actorUserId: member.actor.userId,
          data: { from: row.department, to: department },
          at,
        });
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
        await tx.updateTable("reports").set({ department }).where("id", "=", report.id).execute();
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
