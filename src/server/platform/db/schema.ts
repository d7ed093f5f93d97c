import type {
  AccountTable,
  RateLimitCounterTable,
  SessionTable,
  UserTable,
  VerificationTable,
} from "./schema.accounts.ts";
import type { ListingTable, OrderItemTable, OrderTable, StoreTable } from "./schema.catalog.ts";
import type {
  DisputeEventTable,
  DisputeFileTable,
  DisputeItemLockTable,
  DisputeItemTable,
  DisputeProposalTable,
  DisputeTable,
} from "./schema.disputes.ts";
import type {
  AppealTable,
  AttachmentTable,
  CounterNoticeTable,
  MisuseMarkTable,
  ReporterStandingTable,
  TrustedFlaggerEventTable,
  TrustedFlaggerTable,
} from "./schema.fairness.ts";
import type {
  BuyerFeedbackTable,
  FeedbackPhotoTable,
  FeedbackTable,
  ListingRatingTable,
  StoreFeedbackTable,
  StoreRatingDayTable,
} from "./schema.feedback.ts";
import type { HelpArticleTable, HelpArticleWordTable } from "./schema.help.ts";
import type {
  BlockedDomainEventTable,
  BlockedDomainTable,
  MessageAttachmentTable,
  MessageTable,
  MessageThreadTable,
} from "./schema.messages.ts";
import type {
  CaseNoteTable,
  DecisionMacroTable,
  DecisionTable,
  EnforcementEventTable,
  EnforcementTable,
  OutcomeTemplateTable,
  StaffDepartmentTable,
  StaffEventTable,
  StatementTable,
  StrikeTable,
} from "./schema.moderation.ts";
import type { ApiKeyTable, AuditHeadTable, AuditLogTable, TimerLockTable } from "./schema.platform.ts";
import type {
  CaseEventTable,
  CaseReporterTable,
  CaseTable,
  EvidenceFileTable,
  IdempotencyKeyTable,
  OutboxTable,
  QueueCountsTable,
  ReportAccessTokenTable,
  ReportEventTable,
  ReportTable,
  ReportTargetTable,
} from "./schema.reports.ts";
import type {
  RightEventTable,
  RightFileTable,
  RightsHolderDocumentTable,
  RightsHolderTable,
  RightTable,
} from "./schema.rights.ts";

export type * from "./schema.accounts.ts";
export type * from "./schema.catalog.ts";
export type * from "./schema.fairness.ts";
export type * from "./schema.moderation.ts";
export type * from "./schema.platform.ts";
export type * from "./schema.reports.ts";
export type * from "./schema.rights.ts";

/**
 * The database as Kysely sees it. Our own tables use snake_case, text ids (UUIDv7), ISO-8601 UTC text
 * timestamps, integer 0/1 booleans and JSON as text, so that the same queries run on SQLite and PostgreSQL.
 * The better-auth tables (user, session, account, verification) keep better-auth's own names.
 */
export interface Database {
  attachments: AttachmentTable;
  trusted_flaggers: TrustedFlaggerTable;
  trusted_flagger_events: TrustedFlaggerEventTable;
  reporter_standing: ReporterStandingTable;
  misuse_marks: MisuseMarkTable;
  appeals: AppealTable;
  counter_notices: CounterNoticeTable;
  outcome_templates: OutcomeTemplateTable;
  decision_macros: DecisionMacroTable;
  staff_departments: StaffDepartmentTable;
  staff_events: StaffEventTable;
  decisions: DecisionTable;
  enforcements: EnforcementTable;
  enforcement_events: EnforcementEventTable;
  strikes: StrikeTable;
  statements: StatementTable;
  case_notes: CaseNoteTable;
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  verification: VerificationTable;
  rate_limit_counters: RateLimitCounterTable;
  stores: StoreTable;
  listings: ListingTable;
  orders: OrderTable;
  order_items: OrderItemTable;
  disputes: DisputeTable;
  dispute_items: DisputeItemTable;
  dispute_item_locks: DisputeItemLockTable;
  dispute_proposals: DisputeProposalTable;
  dispute_events: DisputeEventTable;
  dispute_files: DisputeFileTable;
  feedback: FeedbackTable;
  feedback_photos: FeedbackPhotoTable;
  buyer_feedback: BuyerFeedbackTable;
  store_feedback: StoreFeedbackTable;
  store_rating_days: StoreRatingDayTable;
  listing_ratings: ListingRatingTable;
  help_articles: HelpArticleTable;
  help_article_words: HelpArticleWordTable;
  message_threads: MessageThreadTable;
  messages: MessageTable;
  message_attachments: MessageAttachmentTable;
  blocked_domains: BlockedDomainTable;
  blocked_domain_events: BlockedDomainEventTable;
  reports: ReportTable;
  report_access_tokens: ReportAccessTokenTable;
  report_targets: ReportTargetTable;
  report_events: ReportEventTable;
  evidence_files: EvidenceFileTable;
  cases: CaseTable;
  case_events: CaseEventTable;
  case_reporters: CaseReporterTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeyTable;
  timer_locks: TimerLockTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  api_keys: ApiKeyTable;
  queue_counts: QueueCountsTable;
  rights_holders: RightsHolderTable;
  rights_holder_documents: RightsHolderDocumentTable;
  rights: RightTable;
  right_files: RightFileTable;
  right_events: RightEventTable;
}
