import { APPEAL_WINDOW_DAYS, FileAppeal, FileReporterAppeal } from "../../../contracts/appeals.ts";
import type { Clock } from "../../platform/clock.ts";
import { type Db, isUniqueViolation } from "../../platform/db/database.ts";
import type { DecisionTable } from "../../platform/db/schema.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { fieldsFromIssues } from "../../platform/http/error-handler.ts";
import { AppError, invalidInput, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { newId } from "../../platform/ids.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { createFileKeeper } from "../../platform/storage/file-keeper.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { Actor } from "../accounts/actor.ts";
import { insertAttachments } from "../attachments/attachments.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { isReportHolder } from "../reports/reports.access.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import { reporterAppealLinks } from "./appeals.reporter-links.ts";
import type { AppealsRepository } from "./appeals.repository.ts";

interface Deps {
  evidence: EvidenceStore;
  db: Db;
  transact: Transact;
  clock: Clock;
  appeals: AppealsRepository;
  transitions: CasesPorts["caseTransitions"];
  reports: Pick<ReportsPorts["reportRecords"], "appendEvent" | "findById" | "findTargets">;
  publicUrl: string;
}

export interface AppealForm {
  body: unknown;
  files: StagedUpload[];
}

interface Filing {
  decision: DecisionTable;
  caseId: string;
  department: string;
  kind: "reporter" | "seller";
  appellantKey: string;
  appellantUserId: string | null;
  reportId: string | null;
  email: string;
  statement: string;
  files: StagedUpload[];
}

function refuseLateAppeal(decision: DecisionTable, now: Date) {
  const deadline = new Date(new Date(decision.decided_at).getTime() + APPEAL_WINDOW_DAYS * 86_400_000);
  if (now > deadline)
    throw new AppError(
      409,
      "appeal_too_late",
      "Decisions can be appealed within 6 months; this one is older.",
    );
}

/** Filing an appeal (DSA Art. 20): the reporter of a report that got no action, or the restricted seller. */
/** The appeal's statement, checked like every input: field errors, nothing stored. */
function statementOf(body: unknown): string {
  const parsed = FileAppeal.safeParse(body);
  if (!parsed.success) throw invalidInput(fieldsFromIssues(parsed.error.issues));
  return parsed.data.statement;
}

function reporterAppealOf(body: unknown): FileReporterAppeal {
  const parsed = FileReporterAppeal.safeParse(body);
  if (!parsed.success) throw invalidInput(fieldsFromIssues(parsed.error.issues));
  return parsed.data;
}

/** The link a reporter appeals about: the one named, or the only one; a report on several links must name it. */
function linkAppealed<T extends { case_id: string }>(targets: T[], caseId: string | undefined): T {
  const [only] = targets;
  if (!caseId) {
    if (targets.length === 1 && only) return only;
    throw invalidInput({ caseId: "Choose the link whose decision you appeal." });
  }
  const named = targets.find((t) => t.case_id === caseId);
  if (!named) throw invalidInput({ caseId: "This link is not part of your report." });
  return named;
}

export function createAppealFiling(deps: Deps) {
  const { db, clock } = deps;
  const keepWith = createFileKeeper({ db, transact: deps.transact, evidence: deps.evidence });

  async function file(f: Filing) {
    const now = clock.now();
    refuseLateAppeal(f.decision, now);
    const at = now.toISOString();
    const id = newId();
    try {
      await keepWith(f.files, async (tx) => {
        await deps.appeals.insert(tx, {
          id,
          decision_id: f.decision.id,
          case_id: f.caseId,
          department: f.department,
          appellant_kind: f.kind,
          appellant_key: f.appellantKey,
          appellant_user_id: f.appellantUserId,
          report_id: f.reportId,
          statement: f.statement,
          status: "pending",
          created_at: at,
          decided_by: null,
          decided_at: null,
          reason: null,
        });
        const attachments = await insertAttachments(
          tx,
          { kind: "appeal", id, caseId: f.caseId },
          f.files,
          at,
        );
        await deps.transitions.transitionCase(tx, f.caseId, {
          type: "appeal.filed",
          actorUserId: f.appellantUserId,
          data: { appealId: id, by: f.kind, attachments },
          at,
        });
        if (f.reportId) {
          await deps.reports.appendEvent(tx, {
            reportId: f.reportId,
            type: "report.appealed",
            actorUserId: f.appellantUserId,
            data: { appealId: id },
            at,
          });
        }
        await enqueue(tx, clock, {
          topic: "mail.send",
          dedupeKey: `mail:appeal-received:${id}`,
          payload: mailMessage("appeal-received", f.email, {
            // The report's own page: a guest's copy becomes its private link as the mail is sent.
            url: `${deps.publicUrl}/my/reports${f.reportId ? `/${f.reportId}` : ""}`,
          }),
        });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError(
          409,
          "already_appealed",
          "You have already appealed this decision; each decision can be appealed once.",
        );
      throw error;
    }
    return { id, status: "pending" as const, createdAt: at };
  }

  return {
    /** Each link of my report, its decision and my appeal of it. */
    linksOf: (actor: Actor | null, reportId: string, token: string | undefined) =>
      reporterAppealLinks(deps, actor, reportId, token, clock.now()),

    async byReporter(actor: Actor | null, reportId: string, token: string | undefined, form: AppealForm) {
      const input = reporterAppealOf(form.body);
      const statement = input.statement;
      const report = await deps.reports.findById(db, reportId);
      // Only the reporter itself (by its session or its private link), not staff reading the report.
      const isReporter = actor ? report?.reporter_user_id === actor.userId : !!token;
      if (!report || !isReporter || !(await isReportHolder(db, actor, report, token)))
        throw notFound("This report");
      const target = linkAppealed(await deps.reports.findTargets(db, reportId), input.caseId);
      const decision = await deps.appeals.decisionOfCase(db, target.case_id);
      if (!decision)
        throw new AppError(409, "not_decided", "There is no decision on this report to appeal yet.");
      if (decision.outcome !== "no_action") {
        throw new AppError(
          409,
          "nothing_to_appeal",
          "Action was taken on your report: there is nothing for you to appeal.",
        );
      }
      return file({
        decision,
        caseId: target.case_id,
        department: report.department,
        kind: "reporter",
        appellantKey: report.reporter_key,
        appellantUserId: report.reporter_user_id,
        reportId,
        email: report.contact_email,
        statement,
        files: form.files,
      });
    },

    async bySeller(actor: Actor | null, caseId: string, form: AppealForm) {
      const statement = statementOf(form.body);
      if (!actor) throw unauthenticated();
      const caseRow = await deps.appeals.caseWithSeller(db, caseId);
      if (!caseRow || caseRow.affected_user_id !== actor.userId) throw notFound("This complaint");
      const decision = await deps.appeals.decisionOfCase(db, caseId);
      if (decision?.outcome !== "action_taken" || !decision.statement_puid) {
        throw new AppError(
          409,
          "nothing_to_appeal",
          "Nothing was restricted by this decision: there is nothing to appeal.",
        );
      }
      return file({
        decision,
        caseId,
        department: caseRow.department,
        kind: "seller",
        appellantKey: `user:${actor.userId}`,
        appellantUserId: actor.userId,
        reportId: null,
        email: actor.email,
        statement,
        files: form.files,
      });
    },
  };
}

export type AppealFiling = ReturnType<typeof createAppealFiling>;
