/** One row per scheduled job: whoever holds the lease runs it; `last_run_at` spaces the runs. */
export interface TimerLockTable {
  name: string;
  lease_token: string | null;
  locked_until: string | null;
  last_run_at: string | null;
}
