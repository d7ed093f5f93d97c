import { type Migration, type MigrationProvider, Migrator } from "kysely/migration";
import type { Db } from "./database.ts";
import * as createCoreTables from "./migrations/20261126T080000-create-core-tables.ts";
import * as addModerationTables from "./migrations/20261126T120000-add-moderation-tables.ts";
import * as addRightsVault from "./migrations/20261126T140000-add-rights-vault.ts";
import * as addFairnessTables from "./migrations/20261126T150000-add-fairness-tables.ts";
import * as addConsoleIndexes from "./migrations/20261126T160000-add-console-indexes.ts";
import * as addCaseReportTypes from "./migrations/20261126T170000-add-case-report-types.ts";
import * as addRateLimitCounters from "./migrations/20261202T090000-add-rate-limit-counters.ts";
import * as addReportAccessTokens from "./migrations/20261202T100000-add-report-access-tokens.ts";
import * as addEnforcementHistoryIndexes from "./migrations/20261202T110000-add-enforcement-history-indexes.ts";
import * as addOutboxLeaseToken from "./migrations/20261202T140000-add-outbox-lease-token.ts";
import * as addOutboxPendingIndex from "./migrations/20261202T140100-add-outbox-pending-index.ts";
import * as addCounterNoticeAttemptUnique from "./migrations/20261202T150000-add-counter-notice-attempt-unique.ts";
import * as createTimerLocks from "./migrations/20261202T170000-create-timer-locks.ts";
import * as createQueueCounts from "./migrations/20261202T190000-create-queue-counts.ts";
import * as createChangeHistories from "./migrations/20261202T193000-create-change-histories.ts";
import * as createDisputes from "./migrations/20261203T120000-create-disputes.ts";
import * as replaceDisputeQueueIndex from "./migrations/20261203T150000-replace-dispute-queue-index.ts";
import * as createFeedback from "./migrations/20261203T160000-create-feedback.ts";
import * as addFeedbackPhotosAndReveal from "./migrations/20261204T090000-add-feedback-photos-and-reveal.ts";
import * as createMessages from "./migrations/20261204T100000-create-messages.ts";
import * as createHelpArticles from "./migrations/20261204T110000-create-help-articles.ts";
import * as addContentAuthors from "./migrations/20261204T120000-add-content-authors.ts";
import * as createAuditLog from "./migrations/20261204T130000-create-audit-log.ts";
import * as createApiKeys from "./migrations/20261204T140000-create-api-keys.ts";
import * as addCatalogSync from "./migrations/20261204T150000-add-catalog-sync.ts";

/** Every migration, listed explicitly and in order. A landed migration is never edited. */
const MIGRATIONS: Record<string, Migration> = {
  "20261126T080000-create-core-tables": createCoreTables,
  "20261126T120000-add-moderation-tables": addModerationTables,
  "20261126T140000-add-rights-vault": addRightsVault,
  "20261126T150000-add-fairness-tables": addFairnessTables,
  "20261126T160000-add-console-indexes": addConsoleIndexes,
  "20261126T170000-add-case-report-types": addCaseReportTypes,
  "20261202T090000-add-rate-limit-counters": addRateLimitCounters,
  "20261202T100000-add-report-access-tokens": addReportAccessTokens,
  "20261202T110000-add-enforcement-history-indexes": addEnforcementHistoryIndexes,
  "20261202T140000-add-outbox-lease-token": addOutboxLeaseToken,
  "20261202T140100-add-outbox-pending-index": addOutboxPendingIndex,
  "20261202T150000-add-counter-notice-attempt-unique": addCounterNoticeAttemptUnique,
  "20261202T170000-create-timer-locks": createTimerLocks,
  "20261202T190000-create-queue-counts": createQueueCounts,
  "20261202T193000-create-change-histories": createChangeHistories,
  "20261203T120000-create-disputes": createDisputes,
  "20261203T150000-replace-dispute-queue-index": replaceDisputeQueueIndex,
  "20261203T160000-create-feedback": createFeedback,
  "20261204T090000-add-feedback-photos-and-reveal": addFeedbackPhotosAndReveal,
  "20261204T100000-create-messages": createMessages,
  "20261204T110000-create-help-articles": createHelpArticles,
  "20261204T120000-add-content-authors": addContentAuthors,
  "20261204T130000-create-audit-log": createAuditLog,
  "20261204T140000-create-api-keys": createApiKeys,
  "20261204T150000-add-catalog-sync": addCatalogSync,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
