import type { RequestInfo } from "../../../contracts/console.ts";
import { AppError, notFound } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { isReportHolder } from "../reports/reports.access.ts";
import type { CaseWorkDeps } from "./cases.deps.ts";
import { CaseTransitionRefused } from "./cases.transitions.ts";

/** Asking reporters for more: the case waits, its SLA clock stops, and restarts when a reporter answers. */
export function createCaseInfoService(deps: CaseWorkDeps) {
  const { db, transact, clock } = deps;

  return {
    async request(actor: Actor | null, caseId: string, input: Required<RequestInfo>) {
      const member = await deps.staff.requireStaff(db, actor);
      const row = await deps.console.caseForStaff(db, member, caseId);
      if (row.status !== "open")
        throw new AppError(409, "not_open", "Only an open case can wait for information.");
      const now = clock.now();
      const at = now.toISOString();
      const dueAt = new Date(now.getTime() + input.days * 86_400_000).toISOString();
      await transact(async (tx) => {
        await deps.transitions.transitionCase(
          tx,
          caseId,
          {
            type: "case.info_requested",
            actorUserId: member.actor.userId,
            data: { message: input.message, dueAt },
            at,
          },
          { set: { sla_paused_at: at } },
        );
        for (const report of await deps.caseQueries.reportsOfCase(tx, caseId)) {
          if (report.status === "decided" || report.status === "closed") continue;
          await deps.reports.appendEvent(tx, {
            reportId: report.id,
            type: "report.info_requested",
            actorUserId: member.actor.userId,
            data: { message: input.message, dueAt },
            at,
          });
          await enqueue(tx, clock, {
            topic: "mail.send",
            dedupeKey: `mail:info-request:${caseId}:${report.id}:${at}`,
            payload: mailMessage("info-request", report.contact_email, {
              reference: report.reference,
              message: input.message,
              dueAt: new Date(dueAt).toUTCString(),
              url: `${deps.publicUrl}/my/reports/${report.id}`,
            }),
          });
        }
      });
      return deps.console.detail(member, caseId);
    },

    /** The reporter's answer, from My Reports (or the guest's private link); never staff's. */
    async provide(actor: Actor | null, reportId: string, token: string | undefined, message: string) {
      const report = await deps.reports.findById(db, reportId);
      if (!report || !(await isReportHolder(db, actor, report, token))) throw notFound("This report");
      if (report.status !== "needs_info")
        throw new AppError(409, "no_info_requested", "Nobody is waiting for information on this report.");
      const now = clock.now();
      const at = now.toISOString();
      await transact(async (tx) => {
        await deps.reports.appendEvent(tx, {
          reportId,
          type: "report.info_provided",
          actorUserId: actor?.userId ?? null,
          data: { message },
          at,
        });
        for (const target of await deps.reports.findTargets(tx, reportId)) {
          const row = await deps.cases.findById(tx, target.case_id);
          if (row?.status !== "needs_info") continue;
          const paused = row.sla_paused_at ? now.getTime() - new Date(row.sla_paused_at).getTime() : 0;
          const slaDueAt = new Date(new Date(row.sla_due_at).getTime() + paused).toISOString();
          const event = {
            type: "case.info_provided" as const,
            actorUserId: actor?.userId ?? null,
            data: { reportId, message },
            at,
          };
          try {
            await deps.transitions.transitionCase(tx, row.id, event, {
              set: { sla_paused_at: null, sla_due_at: slaDueAt },
            });
          } catch (error) {
            // Another reporter's answer, at the same moment, already took the case off its wait.
            if (!(error instanceof CaseTransitionRefused)) throw error;
          }
        }
      });
    },
  };
}

export type CaseInfoService = ReturnType<typeof createCaseInfoService>;
