import { z } from "zod";
import { ReportTargetKind } from "./report-targets.ts";
import { DepartmentId, ReportTypeId } from "./report-types.ts";

export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 5000;
export const MAX_EVIDENCE_FILES = 10;
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_TYPES = ["PDF", "DOC", "DOCX", "GIF", "JPEG", "PNG", "WEBP"] as const;
export const AGREEMENT_VERSION = "2026-11";

/** The report as a reporter submits it (the `report` part of the multipart form, or the JSON body). */
export const SubmitReport = z.object({
  type: ReportTypeId,
  targetUrls: z
    .array(z.string().trim().min(1, "Enter a link.").max(2000, "This link is too long."), {
      error: "Give the link to what you report.",
    })
    .min(1, "Give the link to what you report."),
  description: z
    .string({ error: "Describe what is wrong." })
    .trim()
    .min(DESCRIPTION_MIN, `Describe what is wrong in at least ${DESCRIPTION_MIN} characters.`)
    .max(DESCRIPTION_MAX, `At most ${DESCRIPTION_MAX} characters.`),
  contactEmail: z.email("Enter a valid email address.").max(254).optional(),
  agreement: z.literal(true, { error: "Please confirm the statement to send your report." }),
  details: z.record(z.string(), z.unknown()).default({}),
  discloseIdentity: z.boolean().default(false),
});
export type SubmitReport = z.input<typeof SubmitReport>;

export const ReportStatus = z.enum(["submitted", "in_review", "needs_info", "decided", "appealed", "closed"]);
export type ReportStatus = z.infer<typeof ReportStatus>;

export const ReportTarget = z.object({
  url: z.string(),
  kind: ReportTargetKind,
  targetId: z.string(),
  title: z.string(),
  caseId: z.string(),
  /** Each link of a complaint gets its own outcome; absent until decided. */
  outcome: z.enum(["action_taken", "no_action"]).nullable().optional(),
});

export const ReportCreated = z.object({
  id: z.string(),
  reference: z.string(),
  status: ReportStatus,
  caseId: z.string(),
  department: DepartmentId,
  expectedDecisionBy: z.string(),
  createdAt: z.string(),
  targets: z.array(ReportTarget),
  /** Only for a guest, once: the private link to follow the report. */
  trackingUrl: z.string().nullable(),
});
export type ReportCreated = z.infer<typeof ReportCreated>;

export const ReportSummary = z.object({
  id: z.string(),
  reference: z.string(),
  type: ReportTypeId,
  typeTitle: z.string(),
  status: ReportStatus,
  targetTitle: z.string(),
  targetCount: z.number().int(),
  createdAt: z.string(),
  expectedDecisionBy: z.string(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const ReportEvent = z.object({
  type: z.string(),
  status: ReportStatus,
  label: z.string(),
  at: z.string(),
});

export const Evidence = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  url: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ReportDetail = ReportSummary.extend({
  department: DepartmentId,
  description: z.string(),
  descriptionLanguage: z.string().nullable(),
  contactEmail: z.string(),
  details: z.record(z.string(), z.unknown()),
  discloseIdentity: z.boolean(),
  targets: z.array(ReportTarget),
  evidence: z.array(Evidence),
  /** How many of the report's links are decided ("212 of 300 decided"). */
  progress: z.object({ decided: z.number().int(), total: z.number().int() }),
  timeline: z.array(ReportEvent),
  /** My appeal of the decision on this report, if I appealed. */
  appeal: z
    .object({
      id: z.string(),
      status: z.enum(["pending", "upheld", "reversed"]),
      createdAt: z.string(),
      decidedAt: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
  /** For an IP complaint: the seller's counter-notice waiting for my reply. */
  counterNotice: z.object({ statement: z.string(), replyDueAt: z.string() }).nullable(),
  /** While the report waits for the reporter: what the moderator asked, and by when. */
  infoRequest: z.object({ message: z.string(), dueAt: z.string() }).nullable(),
  /** Once decided: what was decided, in plain words, and the moderator's message if any. */
  outcome: z
    .object({
      decision: z.enum(["action_taken", "no_action"]),
      text: z.string(),
      message: z.string().nullable(),
      decidedAt: z.string(),
    })
    .nullable(),
});
export type ReportDetail = z.infer<typeof ReportDetail>;

export const ProvideInfo = z.object({
  message: z.string().trim().min(10, "Write your answer in at least 10 characters.").max(5000),
});

export const MyReportsQuery = z.object({
  box: z.enum(["sent"]).default("sent"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** An open report of mine on the same thing: where to find it instead of sending a second one. */
export const ExistingReport = z.object({
  id: z.string(),
  reference: z.string(),
  /** The link of the listing or store as the earlier report gave it. */
  url: z.string(),
});
export type ExistingReport = z.infer<typeof ExistingReport>;

/** `GET /api/v1/me/duplicate-report`: would this report duplicate one of mine that is still open? */
export const DuplicateReportQuery = z.object({
  type: ReportTypeId,
  link: z.string().trim().min(1, "Enter a link.").max(2000, "This link is too long."),
});
export type DuplicateReportQuery = z.infer<typeof DuplicateReportQuery>;

export const DuplicateReportAnswer = z.object({ duplicate: ExistingReport.nullable() });
export type DuplicateReportAnswer = z.infer<typeof DuplicateReportAnswer>;

/** `POST /api/v1/reports/find-link`: a guest who lost its private link asks for a new one by email. */
export const FindReportLink = z.object({
  reference: z.string().trim().toUpperCase().min(1, "Enter the reference of your report.").max(40),
  email: z.email("Enter a valid email address.").max(254),
});
export type FindReportLink = z.input<typeof FindReportLink>;

export const FindReportLinkAccepted = z.object({ message: z.string() });
