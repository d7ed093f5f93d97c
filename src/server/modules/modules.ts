import type { ModuleContext } from "../platform/modules/module.ts";
import { late } from "../platform/modules/module.ts";
import { accountsModule } from "./accounts/accounts.module.ts";
import { adminModule } from "./admin/admin.module.ts";
import { appealsModule } from "./appeals/appeals.module.ts";
import { auditModule } from "./audit/audit.module.ts";
import { casesModule } from "./cases/cases.module.ts";
import { catalogModule } from "./catalog/catalog.module.ts";
import { counterNoticesModule } from "./counter-notices/counter-notices.module.ts";
import { decisionsModule } from "./decisions/decisions.module.ts";
import { disputesModule } from "./disputes/disputes.module.ts";
import { feedbackModule } from "./feedback/feedback.module.ts";
import { helpModule } from "./help/help.module.ts";
import { integrationModule } from "./integration/integration.module.ts";
import { messagesModule } from "./messages/messages.module.ts";
import { notificationsModule } from "./notifications/notifications.module.ts";
import { reportersModule } from "./reporters/reporters.module.ts";
import { reportsModule } from "./reports/reports.module.ts";
import { rightsModule } from "./rights/rights.module.ts";
import { staffModule } from "./staff/staff.module.ts";

/**
 * Every domain, built in the order of what it needs. A new domain is one folder with its
 * `<domain>.module.ts`, one migration, and one line here naming the ports it takes from the others.
 */
export function createModules(ctx: ModuleContext) {
  const accounts = accountsModule(ctx);
  const staff = staffModule(ctx);
  const catalog = catalogModule(ctx);
  const reporters = reportersModule(ctx, staff.ports);
  const reports = reportsModule(ctx, {
    ...catalog.ports,
    ...reporters.ports,
    caseIntake: late(() => cases.ports.caseIntake),
  });
  const cases = casesModule(ctx, { ...staff.ports, ...reports.ports, ...reporters.ports });
  const decisions = decisionsModule(ctx, {
    ...staff.ports,
    ...reports.ports,
    ...reporters.ports,
    ...cases.ports,
  });
  const appeals = appealsModule(ctx, {
    ...staff.ports,
    ...reports.ports,
    ...cases.ports,
    ...decisions.ports,
  });
  const counterNotices = counterNoticesModule(ctx, { ...staff.ports, ...cases.ports, ...decisions.ports });
  const rights = rightsModule(ctx, staff.ports);
  const admin = adminModule(ctx, staff.ports);
  const disputes = disputesModule(ctx, { ...catalog.ports, ...staff.ports });
  const feedback = feedbackModule(ctx, { ...catalog.ports, ...disputes.ports, ...reports.ports });
  const help = helpModule(ctx);
  const messages = messagesModule(ctx, {
    ...catalog.ports,
    ...staff.ports,
    ...reports.ports,
    ...cases.ports,
  });
  const notifications = notificationsModule(ctx, { rewrites: [reports.ports.privateLinks] });
  const audit = auditModule(ctx);
  const integration = integrationModule(ctx, decisions.ports);
  return {
    accounts,
    list: [
      accounts,
      staff,
      catalog,
      reporters,
      reports,
      cases,
      decisions,
      appeals,
      counterNotices,
      rights,
      admin,
      disputes,
      feedback,
      help,
      messages,
      notifications,
      audit,
      integration,
    ],
  };
}
