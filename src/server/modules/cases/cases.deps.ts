import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { ReportsRepository } from "../reports/reports.repository.ts";
import type { StaffRepository } from "../staff/staff.repository.ts";
import type { CasesConsoleRepository } from "./cases.console.repository.ts";
import type { CasesConsoleService } from "./cases.console.service.ts";
import type { CasesRepository } from "./cases.repository.ts";

/** What the use-cases that move a case along (ask, re-route) need. */
export interface CaseWorkDeps {
  db: Db;
  clock: Clock;
  cases: CasesRepository;
  caseQueries: CasesConsoleRepository;
  console: CasesConsoleService;
  reports: ReportsRepository;
  staff: StaffRepository;
  publicUrl: string;
}
