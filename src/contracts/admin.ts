import { z } from "zod";
import { DepartmentId } from "./report-types.ts";

export const StaffRole = z.enum(["member", "moderator", "senior_moderator", "admin"]);

export const StaffMember = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: StaffRole,
  departments: z.array(DepartmentId),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** An account's role and departments, as one change of them found and left them. */
export const StaffStanding = z.object({ role: StaffRole, departments: z.array(DepartmentId) });

/** Appointed: a member became staff; dismissed: staff became a member; changed: anything else. */
export const StaffChangeType = z.enum(["staff.appointed", "staff.changed", "staff.dismissed"]);

/** One change of an account's staff role or departments, in the account's history. */
export const StaffChange = z.object({
  type: StaffChangeType,
  from: StaffStanding,
  to: StaffStanding,
  by: z.object({ userId: z.string(), name: z.string() }).nullable(),
  at: z.string(),
});
export type StaffChange = z.infer<typeof StaffChange>;

/** Makes an existing account staff (or member again, with role "member"), with its departments. */
export const SetStaff = z.object({
  email: z.email("Enter the email address of an existing account."),
  role: StaffRole,
  departments: z.array(DepartmentId).default([]),
});

export const OUTCOME_TEMPLATE_KEYS = [
  "action_taken",
  "not_violation",
  "insufficient_evidence",
  "wrong_category",
  "duplicate",
  "target_gone",
] as const;
export const OutcomeTemplateKey = z.enum(OUTCOME_TEMPLATE_KEYS);

export const OutcomeTemplate = z.object({
  key: OutcomeTemplateKey,
  text: z.string(),
  isDefault: z.boolean(),
});

export const SetOutcomeTemplate = z.object({
  /** Empty restores the built-in text. `{actions}` (action taken) stands for what was done. */
  text: z.string().trim().max(2000),
});
