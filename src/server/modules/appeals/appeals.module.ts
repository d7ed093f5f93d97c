import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import type { DecisionsPorts } from "../decisions/decisions.module.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { createAppealFiling } from "./appeals.file.ts";
import { createAppealsRepository } from "./appeals.repository.ts";
import { createAppealReview } from "./appeals.review.ts";
import { appealsRoutes } from "./appeals.routes.ts";

type Needs = StaffPorts &
  Pick<ReportsPorts, "reportRecords"> &
  Pick<CasesPorts, "caseRecords" | "caseTransitions"> &
  Pick<DecisionsPorts, "decisionRecords">;

/** Appeals against decisions (internal complaint handling): filed by reporters and sellers, reviewed by staff. */
export function appealsModule(ctx: ModuleContext, ports: Needs): RedressModule<Record<string, never>> {
  const { db, transact, clock, config, evidence } = ctx;
  const appeals = createAppealsRepository();
  const filing = createAppealFiling({
    evidence,
    db,
    transact,
    clock,
    appeals,
    transitions: ports.caseTransitions,
    reports: ports.reportRecords,
    publicUrl: config.publicUrl,
  });
  const review = createAppealReview({
    db,
    transact,
    clock,
    appeals,
    cases: ports.caseRecords,
    transitions: ports.caseTransitions,
    decisions: ports.decisionRecords,
    reports: ports.reportRecords,
    staff: ports.staff,
    publicUrl: config.publicUrl,
    slaHours: config.slaHours,
  });
  return { name: "appeals", ports: {}, routes: [appealsRoutes(filing, review, evidence)] };
}
