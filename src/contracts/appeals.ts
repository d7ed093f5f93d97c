import { z } from "zod";
import { CaseStatus, StaffRef } from "./console.ts";
import { EnforcementAction, NoActionReason } from "./decisions.ts";
import { ReportTargetKind } from "./report-targets.ts";
import { DepartmentId } from "./report-types.ts";

export const APPEAL_WINDOW_DAYS = 183;

export const FileAppeal = z.object({
  statement: z
    .string({ error: "Say why the decision should change." })
    .trim()
    .min(20, "Say why the decision should change, in at least 20 characters.")
    .max(5000),
});

/** A reporter's appeal names the link (its case) whose decision it is about: each link has its own decision. */
export const FileReporterAppeal = FileAppeal.extend({
  caseId: z
    .string({ error: "Choose the link whose decision you appeal." })
    .min(1, "Choose the link whose decision you appeal.")
    .max(100)
    .optional(),
});
export type FileReporterAppeal = z.infer<typeof FileReporterAppeal>;

export const AppealStatus = z.enum(["pending", "upheld", "reversed"]);

export const AppealSummary = z.object({
  id: z.string(),
  status: AppealStatus,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});

/** One link of my report, as far as appeals go: its decision, until when it may be appealed, my appeal. */
export const ReporterAppealLink = z.object({
  caseId: z.string(),
  url: z.string(),
  title: z.string(),
  outcome: z.enum(["action_taken", "no_action"]).nullable(),
  decidedAt: z.string().nullable(),
  /** Set while I may still appeal this link's decision (a "no action" decision, not yet appealed). */
  appealableUntil: z.string().nullable(),
  appeal: AppealSummary.nullable(),
});
export type ReporterAppealLink = z.infer<typeof ReporterAppealLink>;

export const ReporterAppealLinks = z.object({ items: z.array(ReporterAppealLink) });
export type ReporterAppealLinks = z.infer<typeof ReporterAppealLinks>;

export const Appeal = z.object({
  id: z.string(),
  caseId: z.string(),
  department: DepartmentId,
  appellantKind: z.enum(["reporter", "seller"]),
  statement: z.string(),
  status: AppealStatus,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type Appeal = z.infer<typeof Appeal>;

/** What the appeal moderator sees: the appeal, the decision under appeal, and the case. */
export const AppealDetail = Appeal.extend({
  /** What the case is about: a hidden rating or message is named as such, not as "content". */
  targetKind: ReportTargetKind,
  targetTitle: z.string(),
  caseStatus: CaseStatus,
  decision: z.object({
    outcome: z.enum(["action_taken", "no_action"]),
    reason: NoActionReason.nullable(),
    actions: z.array(EnforcementAction),
    facts: z.string().nullable(),
    decidedAt: z.string(),
    decidedBy: StaffRef,
  }),
  /** Evidence sent with the appeal (staff download links). */
  attachments: z.array(
    z.object({
      id: z.string(),
      fileName: z.string(),
      mimeType: z.string(),
      sizeBytes: z.number().int(),
      url: z.string(),
    }),
  ),
  /** True when the asking moderator made the decision: it may not decide the appeal. */
  ownDecision: z.boolean(),
});
export type AppealDetail = z.infer<typeof AppealDetail>;

export const DecideAppeal = z.object({
  outcome: z.enum(["upheld", "reversed"]),
  reason: z.string().trim().min(20, "Give the reasons, in at least 20 characters.").max(2000),
});

export const AppealQuery = z.object({
  status: AppealStatus.default("pending"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
