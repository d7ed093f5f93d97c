import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { ReportersPorts } from "../reporters/reporters.module.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import type { CaseIntakePort } from "../reports/reports.ports.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { type CasesConsoleRepository, createCasesConsoleRepository } from "./cases.console.repository.ts";
import { consoleRoutes } from "./cases.console.routes.ts";
import { type CasesConsoleService, createCasesConsoleService } from "./cases.console.service.ts";
import { createCaseInfoService } from "./cases.info.ts";
import { createCasePageRepository } from "./cases.page.repository.ts";
import { createReceivedRepository } from "./cases.received.repository.ts";
import { receivedRoutes } from "./cases.received.routes.ts";
import { createReceivedService } from "./cases.received.ts";
import { type CasesRepository, createCasesRepository } from "./cases.repository.ts";
import { createRerouteService } from "./cases.reroute.ts";
import { createSellerActions } from "./cases.seller-actions.ts";
import { createCasesService } from "./cases.service.ts";
import { type CaseTransitions, createCaseTransitions } from "./cases.transitions.ts";

export interface CasesPorts {
  caseIntake: CaseIntakePort;
  /** Reading a case; every change of one goes through `caseTransitions`. */
  caseRecords: Pick<CasesRepository, "findById">;
  caseTransitions: Pick<CaseTransitions, "transitionCase">;
  caseQueries: CasesConsoleRepository;
  caseConsole: CasesConsoleService;
}

type Needs = StaffPorts &
  Pick<ReportsPorts, "reportRecords" | "reportTargets"> &
  Pick<ReportersPorts, "reporterCounters">;

/** Cases: reports on one target in one department, the queue, the moderator's work and the seller's view. */
export function casesModule(ctx: ModuleContext, ports: Needs): RedressModule<CasesPorts> {
  const { db, transact, clock, config, evidence } = ctx;
  const cases = createCasesRepository();
  const transitions = createCaseTransitions(cases);
  const caseQueries = createCasesConsoleRepository();
  const caseConsole = createCasesConsoleService({
    db,
    transact,
    clock,
    cases,
    transitions,
    console: caseQueries,
    page: createCasePageRepository(),
    staff: ports.staff,
    reports: ports.reportRecords,
    targets: ports.reportTargets,
    reporters: ports.reporterCounters,
    evidenceUrl: (reportId, evidenceId) => `/api/v1/console/reports/${reportId}/evidence/${evidenceId}`,
    evidencePath: (sha256) => evidence.pathOf(sha256),
    queueCountsMaxAgeSeconds: config.queueCountsMaxAgeSeconds,
  });
  const caseWork = {
    db,
    transact,
    clock,
    cases,
    transitions,
    caseQueries,
    console: caseConsole,
    reports: ports.reportRecords,
    staff: ports.staff,
    publicUrl: config.publicUrl,
  };
  const received = createReceivedService({ db, clock, received: createReceivedRepository() });
  const sellerActions = createSellerActions({ db, transact, clock, cases, transitions, evidence });
  return {
    name: "cases",
    ports: {
      caseIntake: createCasesService({
        cases,
        slaHours: { standard: config.slaHours, priority: config.priorityLaneSlaHours },
      }),
      caseRecords: cases,
      caseTransitions: transitions,
      caseQueries,
      caseConsole,
    },
    routes: [
      consoleRoutes(caseConsole, createCaseInfoService(caseWork), createRerouteService(caseWork)),
      receivedRoutes(received, sellerActions, evidence),
    ],
  };
}
