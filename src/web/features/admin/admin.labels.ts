import type { z } from "zod";
import type { OutcomeTemplateKey, StaffRole } from "../../../contracts/admin.ts";

export type Role = z.infer<typeof StaffRole>;
export type TemplateKey = z.infer<typeof OutcomeTemplateKey>;

export const ROLE_LABELS: Record<Role, string> = {
  member: "Member",
  moderator: "Moderator",
  senior_moderator: "Senior moderator",
  admin: "Admin",
};

/** The choices of the "Role" field, each with what it means (shown under it in the list). */
export const ROLE_OPTIONS: { value: Role; label: string; help: string }[] = [
  { value: "moderator", label: "Moderator", help: "Works the queues of its departments." },
  { value: "senior_moderator", label: "Senior moderator", help: "Also assigns cases to colleagues." },
  { value: "admin", label: "Admin", help: "Every department; staff and settings." },
  { value: "member", label: "Member (not staff)", help: "Removes the person from staff." },
];

/** What each outcome message is for, in the admin's words, and what to keep in mind when rewording it. */
export const TEMPLATE_LABELS: Record<TemplateKey, { label: string; help: string }> = {
  action_taken: {
    label: "When action was taken",
    help: "{actions} stands for what was done, e.g. “the listing was removed; the seller was warned”.",
  },
  not_violation: {
    label: "When it is not a violation",
    help: "The reported content breaks neither the law nor our terms.",
  },
  insufficient_evidence: {
    label: "When the evidence is not enough",
    help: "A violation could not be confirmed from what was sent.",
  },
  wrong_category: {
    label: "When the wrong form was used",
    help: "The name of the right form is added after this text.",
  },
  duplicate: {
    label: "When it was already reported",
    help: "The same thing was handled in another case.",
  },
  target_gone: {
    label: "When the listing or store is gone",
    help: "Nothing was left to act on.",
  },
};
