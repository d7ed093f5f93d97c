/** One row per scheduled job: whoever holds the lease runs it; `last_run_at` spaces the runs. */
export interface TimerLockTable {
  name: string;
  lease_token: string | null;
  locked_until: string | null;
  last_run_at: string | null;
}

/** One staff or admin action, hash-chained to the one before it. Never updated or deleted. */
export interface AuditLogTable {
  /** 1, 2, 3, … without gaps: the order of the chain. */
  seq: number;
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  subject_kind: string;
  subject_id: string;
  data_json: string;
  /** The hash of the entry before (of nothing, for the first: 64 zeros). */
  prev_hash: string;
  /** SHA-256 over prev_hash and this entry's columns. */
  hash: string;
}

/** The chain's end, one row: appends update it, so they queue on it; the verifier checks the log reaches it. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

/** A key of the marketplace's servers: its secret kept only as a hash. */
export interface ApiKeyTable {
  id: string;
  name: string;
  /** The key's first characters, shown and unique: how a request's key is found. */
  prefix: string;
  secret_hash: string;
  scopes_json: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
}
