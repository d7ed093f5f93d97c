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
