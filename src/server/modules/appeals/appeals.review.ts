import type { z } from "zod";
import type { AppealDetail, AppealQuery, DecideAppeal } from "../../../contracts/appeals.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, Tx } from "../../platform/db/database.ts";
import { idCursor } from "../../platform/db/pagination.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import { attachmentsOf } from "../attachments/attachments.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import { reverseEnforcement } from "../decisions/reversal.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import { mayWorkDepartment, type StaffMember } from "../staff/staff.policy.ts";
import type { StaffService } from "../staff/staff.service.ts";
import type { AppealRow, AppealsRepository } from "./appeals.repository.ts";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  appeals: AppealsRepository;
  cases: CasesPorts["caseRecords"];
  transitions: CasesPorts["caseTransitions"];
  decisions: Parameters<typeof reverseEnforcement>[1];
  reports: Pick<ReportsPorts["reportRecords"], "appendEvent">;
  staff: Pick<StaffService, "requireStaff" | "namesOf">;
  publicUrl: string;
  slaHours: number;
}

function toDetail(
  row: AppealRow,
  names: Map<string, string>,
  member: StaffMember,
  attachments: AppealDetail["attachments"] = [],
): AppealDetail {
  return {
    id: row.id,
    caseId: row.case_id,
    department: row.department as AppealDetail["department"],
    appellantKind: row.appellant_kind as AppealDetail["appellantKind"],
    statement: row.statement,
    status: row.status as AppealDetail["status"],
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    reason: row.reason,
    targetKind: row.target_kind as AppealDetail["targetKind"],
    targetTitle: row.target_title,
    caseStatus: row.case_status as AppealDetail["caseStatus"],
    decision: {
      outcome: row.decision_outcome as "action_taken" | "no_action",
      reason: row.decision_reason as AppealDetail["decision"]["reason"],
      actions: row.actions,
      facts: row.facts,
      decidedAt: row.decision_decided_at,
      decidedBy: { id: row.decision_decided_by, name: names.get(row.decision_decided_by) ?? "a colleague" },
    },
    attachments,
    ownDecision: row.decision_decided_by === member.actor.userId,
  };
}

/**
 * Appeals are decided by someone other than the decision's author. Upheld, the decision stands; reversed,
 * its enforcement is undone exactly (or, for "no action", the case reopens for a new decision), and both
 * sides are told with the reasons.
 */
export function createAppealReview(deps: Deps) {
  const { db, transact, clock } = deps;

  async function appealForStaff(member: StaffMember, id: string) {
    const row = await deps.appeals.find(db, id);
    if (!row) throw notFound("This appeal");
    if (!mayWorkDepartment(member, row.department))
      throw forbidden("This appeal belongs to a department you do not work.");
    return row;
  }

  /**
   * A reversed "no action" decision: the case opens again for a new one, under its open key unless
   * another open case took that key meanwhile; the old decision is superseded. A case an earlier appeal
   * of the same decision reopened stays as it is.
   */
  async function reopenCase(tx: Tx, row: AppealRow, actorUserId: string, at: string) {
    const caseRow = await deps.cases.findById(tx, row.case_id);
    if (caseRow?.status !== "decided") return;
    const openKey = `${caseRow.department}:${caseRow.target_kind}:${caseRow.target_id}`;
    const taken = await deps.appeals.isOpenKeyTaken(tx, openKey);
    const slaDueAt = new Date(new Date(at).getTime() + deps.slaHours * 3_600_000).toISOString();
    await deps.transitions.transitionCase(
      tx,
      row.case_id,
      { type: "case.reopened", actorUserId, data: { appealId: row.id }, at },
      { set: { open_key: taken ? null : openKey, decided_at: null, sla_due_at: slaDueAt, updated_at: at } },
    );
    await deps.appeals.supersedeDecision(tx, row.decision_id, at);
  }

  async function tellBothSides(
    tx: Tx,
    row: AppealRow,
    outcome: "upheld" | "reversed",
    reason: string,
    at: string,
  ) {
    const { reports, seller } = await deps.appeals.partiesOf(tx, row.case_id, row.store_id);
    const appellantEmail =
      row.appellant_kind === "seller"
        ? seller?.email
        : reports.find((r) => r.id === row.report_id)?.contact_email;
    const mail = (key: string, to: string | undefined, template: "appeal-decided" | "decision-reversed") =>
      to
        ? enqueue(tx, clock, {
            topic: "mail.send",
            dedupeKey: `mail:${template}:${row.id}:${key}`,
            payload: mailMessage(template, to, {
              outcome,
              reason,
              targetTitle: row.target_title,
              // A reporter's own report page: a guest's copy becomes its private link as it is sent.
              url: `${deps.publicUrl}/my/reports${row.report_id && key === "appellant" ? `/${row.report_id}` : ""}`,
            }),
          })
        : Promise.resolve();
    await mail("appellant", appellantEmail, "appeal-decided");
    if (outcome !== "reversed") return;
    if (row.appellant_kind === "seller") {
      for (const r of reports) {
        await deps.reports.appendEvent(tx, {
          reportId: r.id,
          type: "report.decision_reversed",
          actorUserId: null,
          data: { reason },
          at,
        });
        await mail(r.id, r.contact_email, "decision-reversed");
      }
    } else {
      await mail("seller", seller?.email, "decision-reversed");
    }
  }

  return {
    async queue(actor: Actor | null, query: z.infer<typeof AppealQuery>) {
      const member = await deps.staff.requireStaff(db, actor);
      const [after] = idCursor.decode(query.cursor) ?? [null];
      const rows = await deps.appeals.queue(db, {
        departments: member.departments,
        status: query.status,
        excludeDecidedBy: member.actor.userId,
        afterId: after,
        limit: query.limit,
      });
      const names = await deps.staff.namesOf(
        db,
        rows.map((r) => r.decision_decided_by),
      );
      return idCursor.page(
        rows,
        query.limit,
        (r) => [r.id],
        (r) => toDetail(r, names, member),
      );
    },

    async get(actor: Actor | null, id: string) {
      const member = await deps.staff.requireStaff(db, actor);
      const row = await appealForStaff(member, id);
      const files = (await attachmentsOf(db, "appeal", id)).map((f) => ({
        id: f.id,
        fileName: f.file_name,
        mimeType: f.mime_type,
        sizeBytes: f.size_bytes,
        url: `/api/v1/console/cases/${row.case_id}/attachments/${f.id}`,
      }));
      return toDetail(row, await deps.staff.namesOf(db, [row.decision_decided_by]), member, files);
    },

    async decide(actor: Actor | null, id: string, input: z.infer<typeof DecideAppeal>) {
      const member = await deps.staff.requireStaff(db, actor);
      const row = await appealForStaff(member, id);
      if (row.decision_decided_by === member.actor.userId) {
        throw new AppError(
          403,
          "own_decision",
          "You made the decision under appeal: a colleague must review it.",
        );
      }
      const at = clock.now().toISOString();
      await transact(async (tx) => {
        const settled = await deps.appeals.settle(tx, id, {
          status: input.outcome,
          decided_by: member.actor.userId,
          decided_at: at,
          reason: input.reason,
        });
        if (settled === 0) throw new AppError(409, "already_decided", "This appeal is already decided.");
        await deps.transitions.transitionCase(tx, row.case_id, {
          type: "appeal.decided",
          actorUserId: member.actor.userId,
          data: { appealId: id, outcome: input.outcome, reason: input.reason },
          at,
        });
        if (input.outcome === "reversed") {
          if (row.decision_outcome === "action_taken")
            await reverseEnforcement(tx, deps.decisions, row.decision_id, at, member.actor.userId);
          else await reopenCase(tx, row, member.actor.userId, at);
        }
        if (row.report_id) {
          const type = input.outcome === "reversed" ? "report.reopened" : "report.appeal_upheld";
          await deps.reports.appendEvent(tx, {
            reportId: row.report_id,
            type,
            actorUserId: member.actor.userId,
            data: { reason: input.reason },
            at,
          });
        }
        await tellBothSides(tx, row, input.outcome, input.reason, at);
      });
      return this.get(actor, id);
    },
  };
}

export type AppealReview = ReturnType<typeof createAppealReview>;
