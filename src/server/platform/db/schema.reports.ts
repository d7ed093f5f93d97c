import type { Generated } from "kysely";

/** Reports, their targets, events and evidence; cases; the outbox and idempotency keys. */

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

/** Open and overdue cases per department, as last counted; the queue reuses them for a few seconds. */
export interface QueueCountsTable {
  department: string;
  open_count: number;
  overdue_count: number;
  counted_at: string;
}

export interface CaseTable {
  id: string;
  department: string;
  target_kind: string;
  target_id: string;
  target_title: string;
  store_id: string;
  /** Who wrote the content when a person did and not the store (a rating's buyer): told and may appeal. */
  author_user_id: string | null;
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
  /** The current claim's token: only its holder may mark the row done or schedule a retry. */
  lease_token: string | null;
}

export interface IdempotencyKeyTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_json: string;
  created_at: string;
}

/** Private links mailed to a guest reporter: one token per mail, kept hashed. */
export interface ReportAccessTokenTable {
  token_hash: string;
  report_id: string;
  created_at: string;
}
