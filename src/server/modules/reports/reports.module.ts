import { MAX_EVIDENCE_FILES, SubmitReport } from "../../../contracts/reports.ts";
import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import type { MailRewrite } from "../notifications/mail.handler.ts";
import type { ReportersPorts } from "../reporters/reporters.module.ts";
import { withPrivateLinks } from "./reports.links.ts";
import type { CaseIntakePort } from "./reports.ports.ts";
import { createReportsRepository, type ReportsRepository } from "./reports.repository.ts";
import { reportsRoutes } from "./reports.routes.ts";
import { createReportsService, type ReportsService } from "./reports.service.ts";
import { createReportTargets, type ReportTargets } from "./reports.targets.ts";

export interface ReportsPorts {
  reportRecords: ReportsRepository;
  privateLinks: MailRewrite;
  /** Where other modules provide target kinds of their own (a message), and where cases read them. */
  reportTargets: Pick<ReportTargets, "provide" | "current" | "hideable" | "setHidden">;
  /** Files a report as POST /api/v1/reports does: for a module's own one-click report of its target. */
  fileReport: ReportsService["submit"];
}

interface Needs extends CatalogPorts, Pick<ReportersPorts, "reporters"> {
  caseIntake: CaseIntakePort;
}

/** Reports from buyers, sellers, rights holders and guests: intake, the reporter's pages and answers. */
export function reportsModule(ctx: ModuleContext, ports: Needs): RedressModule<ReportsPorts> {
  const repository = createReportsRepository();
  const targets = createReportTargets(ports.catalog, repository.findAnyByReporter);
  const reports = createReportsService({
    reporters: ports.reporters,
    db: ctx.db,
    transact: ctx.transact,
    clock: ctx.clock,
    reports: repository,
    targets,
    cases: ports.caseIntake,
    evidence: ctx.evidence,
    publicUrl: ctx.config.publicUrl,
    reportsPerHour: ctx.config.reportsPerHour,
  });
  return {
    name: "reports",
    ports: {
      reportRecords: repository,
      privateLinks: (message) => withPrivateLinks(ctx, message),
      reportTargets: targets,
      fileReport: reports.submit,
    },
    routes: [reportsRoutes(reports, ctx.evidence, ctx.config.reportsPerHour)],
    forms: [
      {
        path: "/api/v1/reports",
        schema: SubmitReport,
        jsonPart: "report",
        filesField: "evidence",
        maxFiles: MAX_EVIDENCE_FILES,
      },
    ],
  };
}
