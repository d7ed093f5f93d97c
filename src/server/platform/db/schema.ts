import type { Generated } from "kysely";

/**
 * The database as Kysely sees it. Our own tables use snake_case, text ids (UUIDv7), ISO-8601 UTC text
 * timestamps, integer 0/1 booleans and JSON as text, so that the same queries run on SQLite and PostgreSQL.
 * The better-auth tables (user, session, account, verification) keep better-auth's own names.
 */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  image: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  role: string;
}

export interface SessionTable {
  id: string;
  expiresAt: Date | string;
  token: string;
  createdAt: Date | string;
  updatedAt: Date | string;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
}

export interface AccountTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: Date | string | null;
  refreshTokenExpiresAt: Date | string | null;
  scope: string | null;
  password: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface VerificationTable {
  id: string;
  identifier: string;
  value: string;
  expiresAt: Date | string;
  createdAt: Date | string;
  updatedAt: Date | string;
}

export interface StoreTable {
  id: string;
  seller_user_id: string | null;
  name: string;
  description: string;
  country: string;
  status: string;
  frozen_until: string | null;
  payouts_frozen_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface ListingTable {
  id: string;
  store_id: string;
  title: string;
  description: string;
  price_minor: number;
  currency: string;
  image_url: string | null;
  category: string;
  status: string;
  /** JSON array of country codes where the listing is hidden, when restricted. */
  restricted_territories: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderTable {
  id: string;
  buyer_user_id: string;
  store_id: string;
  status: string;
  total_minor: number;
  currency: string;
  ordered_at: string;
  shipped_at: string | null;
  delivered_at: string | null;
  promised_by: string | null;
}

export interface OrderItemTable {
  id: string;
  order_id: string;
  listing_id: string;
  title: string;
  quantity: number;
  price_minor: number;
}

export interface ReportTable {
  id: string;
  reference: string;
  type: string;
  department: string;
  reporter_user_id: string | null;
  /** "user:<id>" or "email:<address>": who reported, for duplicate checks and limits. */
  reporter_key: string;
  contact_email: string;
  access_token_hash: string | null;
  description: string;
  description_language: string | null;
  details_json: string;
  disclose_identity: number;
  agreement_version: string;
  status: string;
  target_title: string;
  target_count: number;
  /** "notice" (Art. 16) or "trusted_flagger" (Art. 22). */
  source: string;
  expected_decision_by: string;
  created_at: string;
  updated_at: string;
}

export interface ReportTargetTable {
  id: string;
  report_id: string;
  position: number;
  url: string;
  target_kind: string;
  target_id: string;
  target_title: string;
  case_id: string;
}

export interface ReportEventTable {
  id: string;
  report_id: string;
  type: string;
  status: string;
  actor_user_id: string | null;
  data_json: string;
  created_at: string;
}

export interface EvidenceFileTable {
  id: string;
  report_id: string;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  file_name: string;
  created_at: string;
}

export interface CaseTable {
  id: string;
  department: string;
  target_kind: string;
  target_id: string;
  target_title: string;
  store_id: string;
  /** department:kind:id while the case takes new reports; NULL once decided. Unique. */
  open_key: string | null;
  claimed_by: string | null;
  claim_expires_at: string | null;
  decided_at: string | null;
  sla_paused_at: string | null;
  /** 1 when a trusted flagger reported it: such cases go first. */
  trusted_flagger: number;
  /** The types of its reports, one bit each (reportTypeBit). */
  report_types: number;
  status: string;
  priority: number;
  lane: string;
  sla_due_at: string;
  first_reported_at: string;
  last_reported_at: string;
  report_count: number;
  reporter_count: number;
  snapshot_json: string;
  created_at: string;
  updated_at: string;
}

export interface CaseEventTable {
  id: string;
  case_id: string;
  type: string;
  status: string;
  actor_user_id: string | null;
  data_json: string;
  created_at: string;
}

export interface CaseReporterTable {
  case_id: string;
  reporter_key: string;
  first_report_id: string;
}

export interface OutboxTable {
  id: string;
  topic: string;
  dedupe_key: string;
  payload_json: string;
  created_at: string;
  available_at: string;
  attempts: Generated<number>;
  processed_at: string | null;
  last_error: string | null;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_json: string;
  created_at: string;
}

/** A member who registered as a rights holder: one per account. */
export interface RightsHolderTable {
  id: string;
  user_id: string;
  kind: string;
  legal_name: string;
  country: string;
  address: string;
  contact_email: string;
  company_number: string | null;
  created_at: string;
  updated_at: string;
}

/** A file stored in the evidence store (by SHA-256) that belongs to a holder or to one of its rights. */
export interface StoredFileColumns {
  id: string;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  file_name: string;
  created_at: string;
}

export interface RightsHolderDocumentTable extends StoredFileColumns {
  holder_id: string;
}

export interface RightTable {
  id: string;
  holder_id: string;
  type: string;
  registration_number: string;
  office: string;
  /** JSON array of Nice classes (trademarks only). */
  classes_json: string;
  owner_name: string;
  /** Calendar dates, YYYY-MM-DD. */
  valid_from: string;
  valid_to: string | null;
  acts_as_agent: number;
  /** Derived from right_events, written in the same transaction. */
  status: string;
  rejection_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  expiry_warned_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RightFileTable extends StoredFileColumns {
  right_id: string;
  /** "certificate" or "authorisation" (the agent's letter). */
  kind: string;
}

export interface RightEventTable {
  id: string;
  right_id: string;
  type: string;
  status: string;
  actor_user_id: string | null;
  data_json: string;
  created_at: string;
}

export interface StaffDepartmentTable {
  user_id: string;
  department: string;
}

export interface DecisionTable {
  id: string;
  case_id: string;
  outcome: string;
  reason: string | null;
  actions_json: string;
  ground_json: string | null;
  facts: string | null;
  message: string | null;
  statement_puid: string | null;
  decided_by: string;
  decided_at: string;
  superseded_at?: string | null;
}

export interface EnforcementTable {
  id: string;
  decision_id: string;
  type: string;
  target_kind: string;
  target_id: string;
  store_id: string;
  params_json: string;
  starts_at: string;
  ends_at: string | null;
  lifted_at: string | null;
  previous_json?: string | null;
  lift_reason?: string | null;
}

export interface StrikeTable {
  id: string;
  store_id: string;
  /** The seller's account id, or the store id for a seller without an account here. */
  seller_key: string;
  severity: string;
  decision_id: string;
  created_at: string;
  expires_at: string;
  removed_at: string | null;
}

export interface StatementTable {
  puid: string;
  decision_id: string;
  case_id: string;
  store_id: string;
  statement_json: string;
  created_at: string;
  submitted_at: string | null;
  reversed_at?: string | null;
}

export interface CaseNoteTable {
  id: string;
  case_id: string;
  author_user_id: string;
  body: string;
  created_at: string;
}

export interface DecisionMacroTable {
  id: string;
  name: string;
  department: string | null;
  decision_json: string;
  created_by: string;
  created_at: string;
}

export interface OutcomeTemplateTable {
  key: string;
  text: string;
  updated_by: string;
  updated_at: string;
}

export interface TrustedFlaggerTable {
  user_id: string;
  organisation: string;
  designated_by: string;
  designated_at: string;
  revoked_at: string | null;
}

export interface ReporterStandingTable {
  reporter_key: string;
  fast_lane: number;
  fast_lane_left_at: string | null;
  warned_at: string | null;
  suspended_until: string | null;
  appeal_statement?: string | null;
  appeal_at?: string | null;
  appeal_outcome?: string | null;
  appeal_reason?: string | null;
  appeal_decided_at?: string | null;
  updated_at: string;
}

export interface MisuseMarkTable {
  report_id: string;
  reporter_key: string;
  marked_by: string;
  marked_at: string;
}

export interface AppealTable {
  id: string;
  decision_id: string;
  case_id: string;
  department: string;
  appellant_kind: string;
  appellant_key: string;
  appellant_user_id: string | null;
  report_id: string | null;
  statement: string;
  status: string;
  created_at: string;
  decided_by: string | null;
  decided_at: string | null;
  reason: string | null;
}

export interface CounterNoticeTable {
  id: string;
  case_id: string;
  decision_id: string;
  seller_user_id: string;
  attempt: number;
  statement: string;
  status: string;
  created_at: string;
  reply_due_at: string;
  reply: string | null;
  replied_at: string | null;
  decided_by: string | null;
  decided_at: string | null;
  outcome: string | null;
  reason: string | null;
}

export interface AttachmentTable {
  id: string;
  /** "appeal" or "seller_answer". */
  owner_kind: string;
  owner_id: string;
  case_id: string;
  sha256: string;
  size_bytes: number;
  mime_type: string;
  file_name: string;
  created_at: string;
}

export interface Database {
  attachments: AttachmentTable;
  trusted_flaggers: TrustedFlaggerTable;
  reporter_standing: ReporterStandingTable;
  misuse_marks: MisuseMarkTable;
  appeals: AppealTable;
  counter_notices: CounterNoticeTable;
  outcome_templates: OutcomeTemplateTable;
  decision_macros: DecisionMacroTable;
  staff_departments: StaffDepartmentTable;
  decisions: DecisionTable;
  enforcements: EnforcementTable;
  strikes: StrikeTable;
  statements: StatementTable;
  case_notes: CaseNoteTable;
  user: UserTable;
  session: SessionTable;
  account: AccountTable;
  verification: VerificationTable;
  stores: StoreTable;
  listings: ListingTable;
  orders: OrderTable;
  order_items: OrderItemTable;
  reports: ReportTable;
  report_targets: ReportTargetTable;
  report_events: ReportEventTable;
  evidence_files: EvidenceFileTable;
  cases: CaseTable;
  case_events: CaseEventTable;
  case_reporters: CaseReporterTable;
  outbox: OutboxTable;
  idempotency_keys: IdempotencyKeyTable;
  rights_holders: RightsHolderTable;
  rights_holder_documents: RightsHolderDocumentTable;
  rights: RightTable;
  right_files: RightFileTable;
  right_events: RightEventTable;
}
