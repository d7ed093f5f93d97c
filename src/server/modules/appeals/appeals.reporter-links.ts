import { APPEAL_WINDOW_DAYS, type ReporterAppealLinks } from "../../../contracts/appeals.ts";
import type { Db } from "../../platform/db/database.ts";
import { notFound } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { appealSummaryOf } from "../reports/appeal-summary.ts";
import { isReportHolder } from "../reports/reports.access.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import type { AppealsRepository } from "./appeals.repository.ts";

interface Deps {
  db: Db;
  appeals: Pick<AppealsRepository, "decisionsOfCases" | "ofReport">;
  reports: Pick<ReportsPorts["reportRecords"], "findById" | "findTargets">;
}

const deadlineOf = (decidedAt: string) =>
  new Date(new Date(decidedAt).getTime() + APPEAL_WINDOW_DAYS * 86_400_000).toISOString();

/**
 * Each link of my report with its own decision and my appeal of it: a complaint on many links is decided
 * link by link, and each "no action" decision may be appealed once, on its own.
 */
export async function reporterAppealLinks(
  deps: Deps,
  actor: Actor | null,
  reportId: string,
  token: string | undefined,
  now: Date,
): Promise<ReporterAppealLinks> {
  const { db } = deps;
  const report = await deps.reports.findById(db, reportId);
  // Only the reporter itself, as for filing: staff read appeals in the console.
  const isReporter = actor ? report?.reporter_user_id === actor.userId : !!token;
  if (!report || !isReporter || !(await isReportHolder(db, actor, report, token)))
    throw notFound("This report");
  const targets = await deps.reports.findTargets(db, reportId);
  const [decisions, appeals] = await Promise.all([
    deps.appeals.decisionsOfCases(
      db,
      targets.map((t) => t.case_id),
    ),
    deps.appeals.ofReport(db, reportId),
  ]);
  const decisionOf = new Map(decisions.map((d) => [d.case_id, d]));
  // The latest appeal per link: a reversal reopens the case, and its new decision may be appealed again.
  const appealOf = new Map(appeals.map((a) => [a.case_id, a]));
  return {
    items: targets.map((t) => {
      const decision = decisionOf.get(t.case_id);
      const appeal = appealOf.get(t.case_id);
      const appealedThis = !!appeal && appeal.decision_id === decision?.id;
      const deadline = decision ? deadlineOf(decision.decided_at) : null;
      const open =
        decision?.outcome === "no_action" && !appealedThis && !!deadline && deadline > now.toISOString();
      return {
        caseId: t.case_id,
        url: t.url,
        title: t.target_title,
        outcome: (decision?.outcome ?? null) as "action_taken" | "no_action" | null,
        decidedAt: decision?.decided_at ?? null,
        appealableUntil: open ? deadline : null,
        appeal: appealSummaryOf(appeal),
      };
    }),
  };
}
