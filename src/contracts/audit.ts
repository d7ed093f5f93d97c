import { z } from "zod";

/** What staff and admins do that the audit log keeps: one name per kind of action. */
export const AUDIT_ACTIONS = [
  "case.decided",
  "case.assigned",
  "case.rerouted",
  "case.merged",
  "case.info_requested",
  "case.reopened",
  "appeal.decided",
  "counter_notice.decided",
  "dispute.ruled",
  "staff.changed",
  "trusted_flagger.changed",
  "reporter.marked_unfounded",
  "suspension_appeal.decided",
  "outcome_template.changed",
  "help_article.saved",
  "blocked_domain.changed",
  "right.reviewed",
  "api_key.issued",
  "api_key.revoked",
  "statements.exported",
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actor: z.object({ userId: z.string(), name: z.string() }).nullable(),
  action: AuditAction,
  subject: z.object({ kind: z.string(), id: z.string() }),
  data: z.record(z.string(), z.unknown()),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** What is wrong at one place of the chain. */
export const AUDIT_PROBLEMS = ["edited", "broken_link", "missing", "head_mismatch"] as const;
export const AuditProblem = z.object({
  kind: z.enum(AUDIT_PROBLEMS),
  /** The entry's sequence number where it went wrong. */
  seq: z.number().int(),
  id: z.string().nullable(),
  message: z.string(),
});
export type AuditProblem = z.infer<typeof AuditProblem>;

export const AuditVerification = z.object({
  intact: z.boolean(),
  /** Entries read. */
  checked: z.number().int(),
  /** The head as recorded: the last entry's number and hash. */
  head: z.object({ seq: z.number().int(), hash: z.string() }),
  /** At most the first 100. */
  problems: z.array(AuditProblem),
  checkedAt: z.string(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
