import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import type { StaffService } from "../staff/staff.service.ts";
import type { CasesConsoleRepository } from "./cases.console.repository.ts";
import type { CasesConsoleService } from "./cases.console.service.ts";
import type { CasesRepository } from "./cases.repository.ts";
import type { CaseTransitions } from "./cases.transitions.ts";

/** What the use-cases that move a case along (ask, re-route) need. */
export interface CaseWorkDeps {
  db: Db;
  transact: Transact;
  clock: Clock;
  cases: Pick<CasesRepository, "findById" | "findOpen" | "mergeInto">;
  transitions: Pick<CaseTransitions, "transitionCase">;
  caseQueries: Pick<CasesConsoleRepository, "reportsOfCase">;
  console: Pick<CasesConsoleService, "caseForStaff" | "detail">;
  reports: Pick<ReportsPorts["reportRecords"], "appendEvent" | "findById" | "findTargets" | "setDepartment">;
  staff: Pick<StaffService, "requireStaff">;
  publicUrl: string;
}
