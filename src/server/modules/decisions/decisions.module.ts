import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import type { ReportersPorts } from "../reporters/reporters.module.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { createBulkDecisionsService } from "./decisions.bulk.ts";
import { createMacrosRepository } from "./decisions.macros.repository.ts";
import { createDecisionsRepository, type DecisionsRepository } from "./decisions.repository.ts";
import { decisionsRoutes } from "./decisions.routes.ts";
import { createDecisionsService } from "./decisions.service.ts";
import { liftDueEnforcements } from "./decisions.timers.ts";
import { createStatementsExport } from "./statements.export.ts";

export interface DecisionsPorts {
  decisionRecords: DecisionsRepository;
}

type Needs = StaffPorts &
  Pick<ReportsPorts, "reportRecords" | "reportTargets"> &
  Pick<ReportersPorts, "reporters"> &
  Pick<CasesPorts, "caseTransitions" | "caseQueries" | "caseConsole">;

/** Decisions on cases: enforcement, statements of reasons, bulk decisions and macros, lifting on time. */
export function decisionsModule(ctx: ModuleContext, ports: Needs): RedressModule<DecisionsPorts> {
  const repository = createDecisionsRepository(ports.reportTargets);
  const decisions = createDecisionsService({
    reporters: ports.reporters,
    db: ctx.db,
    transact: ctx.transact,
    clock: ctx.clock,
    transitions: ports.caseTransitions,
    caseQueries: ports.caseQueries,
    console: ports.caseConsole,
    decisions: repository,
    reports: ports.reportRecords,
    staff: ports.staff,
    targets: ports.reportTargets,
    publicUrl: ctx.config.publicUrl,
  });
  const bulk = createBulkDecisionsService({
    db: ctx.db,
    clock: ctx.clock,
    decisions,
    macros: createMacrosRepository(),
    staff: ports.staff,
  });
  return {
    name: "decisions",
    ports: { decisionRecords: repository },
    routes: [
      decisionsRoutes(
        decisions,
        bulk,
        createStatementsExport({
          db: ctx.db,
          transact: ctx.transact,
          clock: ctx.clock,
          decisions: repository,
        }),
      ),
    ],
    jobs: [
      {
        name: "decisions.lift-due-enforcements",
        everySeconds: 60,
        run: () =>
          liftDueEnforcements({ db: ctx.db, transact: ctx.transact, clock: ctx.clock, repo: repository }),
      },
    ],
  };
}
