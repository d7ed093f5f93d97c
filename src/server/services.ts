import { createStaffAdminService } from "./modules/admin/admin.staff.ts";
import { createOutcomeTemplatesService } from "./modules/admin/admin.templates.ts";
import { createAppealFiling } from "./modules/appeals/appeals.file.ts";
import { createAppealsRepository } from "./modules/appeals/appeals.repository.ts";
import { createAppealReview } from "./modules/appeals/appeals.review.ts";
import { createCasesConsoleRepository } from "./modules/cases/cases.console.repository.ts";
import { createCasesConsoleService } from "./modules/cases/cases.console.service.ts";
import { createCaseInfoService } from "./modules/cases/cases.info.ts";
import { createReceivedService } from "./modules/cases/cases.received.ts";
import { createCasesRepository } from "./modules/cases/cases.repository.ts";
import { createRerouteService } from "./modules/cases/cases.reroute.ts";
import { createSellerActions } from "./modules/cases/cases.seller-actions.ts";
import { createCasesService } from "./modules/cases/cases.service.ts";
import { createCatalogRepository } from "./modules/catalog/catalog.repository.ts";
import { createCatalogService } from "./modules/catalog/catalog.service.ts";
import { createCounterNoticesService } from "./modules/counter-notices/counter-notices.service.ts";
import { createBulkDecisionsService } from "./modules/decisions/decisions.bulk.ts";
import { createDecisionsRepository } from "./modules/decisions/decisions.repository.ts";
import { createDecisionsService } from "./modules/decisions/decisions.service.ts";
import { createReportersRepository } from "./modules/reporters/reporters.repository.ts";
import { createReportersService } from "./modules/reporters/reporters.service.ts";
import { createSuspensionAppeals } from "./modules/reporters/suspension-appeals.ts";
import { createReportsRepository } from "./modules/reports/reports.repository.ts";
import { createReportsService } from "./modules/reports/reports.service.ts";
import { createRightsRepository } from "./modules/rights/rights.repository.ts";
import { createRightsReviewService } from "./modules/rights/rights.review.ts";
import { createRightsService } from "./modules/rights/rights.service.ts";
import { createStaffRepository } from "./modules/staff/staff.repository.ts";
import type { Clock } from "./platform/clock.ts";
import type { Config } from "./platform/config.ts";
import type { DatabaseHandle } from "./platform/db/database.ts";
import { createTransact } from "./platform/db/transactions.ts";
import { createEvidenceStore } from "./platform/storage/evidence-store.ts";

/** Wires the domain modules together: every dependency is a factory argument, made once here. */
export function createServices({
  config,
  database,
  clock,
}: {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
}) {
  const staff = createStaffRepository();
  const casesRepository = createCasesRepository();
  const caseQueries = createCasesConsoleRepository();
  const reportsRepository = createReportsRepository();
  const decisionsRepository = createDecisionsRepository();
  const evidence = createEvidenceStore(config.dataDir);
  const catalog = createCatalogService({
    db: database.db,
    catalog: createCatalogRepository(),
    urlPatterns: config.catalogUrlPatterns,
  });
  const cases = createCasesService({
    cases: casesRepository,
    slaHours: { standard: config.slaHours, priority: config.priorityLaneSlaHours },
  });
  const reportersRepository = createReportersRepository();
  const reporters = createReportersService({
    db: database.db,
    clock,
    reporters: reportersRepository,
    staff,
    publicUrl: config.publicUrl,
  });
  const reports = createReportsService({
    reporters,
    db: database.db,
    transact: createTransact(database),
    clock,
    reports: reportsRepository,
    catalog,
    cases,
    evidence,
    publicUrl: config.publicUrl,
    reportsPerHour: config.reportsPerHour,
  });

  const casesConsole = createCasesConsoleService({
    db: database.db,
    clock,
    cases: casesRepository,
    console: caseQueries,
    staff,
    reports: reportsRepository,
    reporters: reportersRepository,
    evidenceUrl: (reportId, evidenceId) => `/api/v1/console/reports/${reportId}/evidence/${evidenceId}`,
    evidencePath: (sha256) => evidence.pathOf(sha256),
  });
  const decisions = createDecisionsService({
    reporters,
    db: database.db,
    clock,
    cases: casesRepository,
    caseQueries,
    console: casesConsole,
    decisions: decisionsRepository,
    reports: reportsRepository,
    staff,
    publicUrl: config.publicUrl,
  });
  const received = createReceivedService({ db: database.db, clock });
  const caseInfo = createCaseInfoService({
    db: database.db,
    clock,
    cases: casesRepository,
    caseQueries,
    console: casesConsole,
    reports: reportsRepository,
    staff,
    publicUrl: config.publicUrl,
  });
  const bulk = createBulkDecisionsService({ db: database.db, clock, decisions, staff });
  const staffAdmin = createStaffAdminService({ db: database.db, staff });
  const templates = createOutcomeTemplatesService({ db: database.db, clock });
  const reroute = createRerouteService({
    db: database.db,
    clock,
    cases: casesRepository,
    caseQueries,
    console: casesConsole,
    reports: reportsRepository,
    staff,
    publicUrl: config.publicUrl,
  });
  const rightsDeps = {
    db: database.db,
    transact: createTransact(database),
    clock,
    evidence,
    rights: createRightsRepository(),
  };
  const rights = createRightsService(rightsDeps);
  const rightsReview = createRightsReviewService({ ...rightsDeps, staff, publicUrl: config.publicUrl });
  const appealsRepository = createAppealsRepository();
  const appealFiling = createAppealFiling({
    evidence,
    db: database.db,
    clock,
    appeals: appealsRepository,
    cases: casesRepository,
    reports: reportsRepository,
    publicUrl: config.publicUrl,
  });
  const appealReview = createAppealReview({
    db: database.db,
    clock,
    appeals: appealsRepository,
    cases: casesRepository,
    decisions: decisionsRepository,
    reports: reportsRepository,
    staff,
    publicUrl: config.publicUrl,
    slaHours: config.slaHours,
  });
  const counterNotices = createCounterNoticesService({
    db: database.db,
    clock,
    cases: casesRepository,
    decisions: decisionsRepository,
    staff,
    publicUrl: config.publicUrl,
  });
  const sellerActions = createSellerActions({ db: database.db, clock, cases: casesRepository, evidence });
  const suspensions = createSuspensionAppeals({ db: database.db, clock, publicUrl: config.publicUrl });
  return {
    suspensions,
    sellerActions,
    counterNotices,
    appealFiling,
    appealReview,
    evidence,
    catalog,
    reports,
    casesConsole,
    decisions,
    received,
    caseInfo,
    bulk,
    staffAdmin,
    reroute,
    templates,
    rights,
    rightsReview,
    reporters,
  };
}
