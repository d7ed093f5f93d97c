import { REPORT_TYPES } from "../../../contracts/report-types.ts";
import type { DuplicateReportQuery, ReportDetail, ReportSummary } from "../../../contracts/reports.ts";
import type { Db } from "../../platform/db/database.ts";
import { idCursor } from "../../platform/db/pagination.ts";
import { notFound, unauthenticated } from "../../platform/http/errors.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import type { Actor } from "../accounts/actor.ts";
import { appealSummaryOf } from "./appeal-summary.ts";
import { labelOf } from "./report-status.ts";
import { holdingOf } from "./reports.access.ts";
import { findDuplicateForMember } from "./reports.duplicates.ts";
import type { TypedReportEvent } from "./reports.events.ts";
import { createFindLink } from "./reports.find-link.ts";
import { mayReadReport, type ReportHolding } from "./reports.policy.ts";
import type { ReportRow, ReportsRepository, StoredReportEvent } from "./reports.repository.ts";
import { createSubmitReport, type SubmitDeps } from "./reports.submit.ts";

const typeTitle = (id: string) => REPORT_TYPES.find((t) => t.id === id)?.title ?? id;

function toSummary(r: ReportRow): ReportSummary {
  return {
    id: r.id,
    reference: r.reference,
    type: r.type as ReportSummary["type"],
    typeTitle: typeTitle(r.type),
    status: r.status,
    targetTitle: r.target_title,
    targetCount: r.target_count,
    createdAt: r.created_at,
    expectedDecisionBy: r.expected_decision_by,
  };
}

/** The latest event of one type, its data typed by that type. */
function latest<T extends TypedReportEvent["type"], E extends TypedReportEvent>(events: E[], type: T) {
  return events.filter((e): e is Extract<E, { type: T }> => e.type === type).at(-1);
}

/** The latest decision event of a report, as the reporter reads it. */
function outcomeOf(events: StoredReportEvent[]): ReportDetail["outcome"] {
  const decided = latest(events, "report.decided");
  if (!decided) return null;
  return {
    decision: decided.data.outcome,
    text: decided.data.text,
    message: decided.data.message ?? null,
    decidedAt: decided.created_at,
  };
}

/** The open question to the reporter: the latest information request. */
function infoRequestOf(events: StoredReportEvent[]): ReportDetail["infoRequest"] {
  const asked = latest(events, "report.info_requested");
  return asked ? { message: asked.data.message, dueAt: asked.data.dueAt } : null;
}

/**
 * A guest's second report of the same thing is recorded and closed at once as a duplicate; the one who
 * sent the form, holding only the token from the answer, sees it as just received, so that the answer
 * and its link reveal nothing about an earlier report from that address. The mailbox's own links (and
 * the reporter's account) show what happened.
 */
function asSeenBy<E extends { type: string }>(holding: ReportHolding, report: ReportRow, events: E[]) {
  const duplicate = events.some((e) => e.type === "report.closed_duplicate");
  if (!duplicate || holding !== "answer") return { report, events };
  return {
    report: { ...report, status: "submitted" as const },
    events: events.filter((e) => e.type === "report.submitted"),
  };
}

export function createReportsService(
  deps: SubmitDeps & { db: Db; reports: ReportsRepository; evidence: EvidenceStore },
) {
  const { db, reports, evidence } = deps;

  async function readable(actor: Actor | null, id: string, token?: string) {
    const report = await reports.findById(db, id);
    const holding = report ? await holdingOf(db, actor, report, token) : null;
    if (!report || !mayReadReport(holding)) throw notFound("This report");
    return { report, holding };
  }

  return {
    submit: createSubmitReport(deps),

    findLink: createFindLink(deps),

    /** For the report form: an open report of mine on this link, of this type (members only). */
    duplicateFor: (actor: Actor | null, query: DuplicateReportQuery) =>
      findDuplicateForMember(db, deps, actor, query),

    async listMine(actor: Actor | null, query: { cursor?: string; limit: number }) {
      if (!actor) throw unauthenticated();
      const [before] = idCursor.decode(query.cursor) ?? [null];
      const rows = await reports.listByReporter(db, actor.userId, {
        beforeId: before,
        limit: query.limit,
      });
      return idCursor.page(rows, query.limit, (r) => [r.id], toSummary);
    },

    async get(actor: Actor | null, id: string, token?: string): Promise<ReportDetail> {
      const { report: row, holding } = await readable(actor, id, token);
      const [targets, allEvents, files, appeal, counterNotice] = await Promise.all([
        reports.findTargetsWithOutcome(db, id),
        reports.findEvents(db, id),
        reports.findEvidence(db, id),
        reports.latestAppeal(db, id),
        reports.counterNoticeAwaitingReply(db, id),
      ]);
      const { report, events } = asSeenBy(holding, row, allEvents);
      const tokenQuery = token ? `?token=${encodeURIComponent(token)}` : "";
      return {
        ...toSummary(report),
        department: report.department as ReportDetail["department"],
        description: report.description,
        descriptionLanguage: report.description_language,
        contactEmail: report.contact_email,
        details: report.details,
        discloseIdentity: report.disclose_identity === 1,
        targets: targets.map((t) => ({
          url: t.url,
          kind: t.target_kind as ReportDetail["targets"][number]["kind"],
          targetId: t.target_id,
          title: t.target_title,
          caseId: t.case_id,
          outcome: (t.outcome ?? null) as "action_taken" | "no_action" | null,
        })),
        progress: { decided: targets.filter((t) => t.outcome).length, total: targets.length },
        evidence: files.map((f) => ({
          id: f.id,
          fileName: f.file_name,
          mimeType: f.mime_type,
          sizeBytes: f.size_bytes,
          url: `/api/v1/reports/${id}/evidence/${f.id}${tokenQuery}`,
        })),
        outcome: outcomeOf(events),
        appeal: appealSummaryOf(appeal),
        counterNotice: counterNotice
          ? { statement: counterNotice.statement, replyDueAt: counterNotice.reply_due_at }
          : null,
        infoRequest: report.status === "needs_info" ? infoRequestOf(events) : null,
        timeline: events.map((e) => ({
          type: e.type,
          status: e.status,
          label: labelOf(e.type),
          at: e.created_at,
        })),
      };
    },

    /** The stored file of one piece of evidence, for those who may read the report. */
    async evidenceFile(actor: Actor | null, id: string, evidenceId: string, token?: string) {
      await readable(actor, id, token);
      const file = await reports.findEvidenceFile(db, id, evidenceId);
      if (!file) throw notFound("This file");
      return {
        path: evidence.pathOf(file.sha256),
        fileName: file.file_name,
        mimeType: file.mime_type,
        size: file.size_bytes,
      };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
