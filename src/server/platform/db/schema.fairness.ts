/** Trusted flaggers, reporters' standing, misuse marks, appeals, counter-notices, attachments. */

export interface TrustedFlaggerTable {
  user_id: string;
  organisation: string;
  designated_by: string;
  designated_at: string;
  revoked_at: string | null;
}

/** A designation, change or revocation of a trusted flagger: `data_json` holds what it was and became. */
export interface TrustedFlaggerEventTable {
  id: string;
  user_id: string;
  type: string;
  actor_user_id: string | null;
  data_json: string;
  created_at: string;
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
