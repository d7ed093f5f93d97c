/** The rights-holder vault. */

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
