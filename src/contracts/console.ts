import { z } from "zod";
import { EnforcementAction, NoActionReason } from "./decisions.ts";
import { ReportTargetKind } from "./report-targets.ts";
import { DepartmentId, ReportTypeId } from "./report-types.ts";
import { Evidence, ReportStatus } from "./reports.ts";

export const CaseStatus = z.enum(["open", "needs_info", "decided", "closed"]);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const StaffRef = z.object({ id: z.string(), name: z.string() });

export const CaseQueueQuery = z.object({
  department: DepartmentId.optional(),
  type: ReportTypeId.optional(),
  status: z.enum(["open", "needs_info", "decided"]).default("open"),
  overdue: z.coerce.boolean().optional(),
  mine: z.coerce.boolean().optional(),
  trustedFlagger: z.coerce.boolean().optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type CaseQueueQuery = z.infer<typeof CaseQueueQuery>;

export const CaseQueueItem = z.object({
  id: z.string(),
  department: DepartmentId,
  status: CaseStatus,
  targetKind: ReportTargetKind,
  targetId: z.string(),
  targetTitle: z.string(),
  storeId: z.string(),
  priority: z.number().int(),
  lane: z.enum(["standard", "priority"]),
  trustedFlagger: z.boolean(),
  slaDueAt: z.string(),
  overdue: z.boolean(),
  reportCount: z.number().int(),
  reporterCount: z.number().int(),
  firstReportedAt: z.string(),
  claimedBy: StaffRef.nullable(),
  claimExpiresAt: z.string().nullable(),
});
export type CaseQueueItem = z.infer<typeof CaseQueueItem>;

export const QueueCount = z.object({
  department: DepartmentId,
  open: z.number().int(),
  overdue: z.number().int(),
});

export const CaseQueuePage = z.object({
  items: z.array(CaseQueueItem),
  nextCursor: z.string().nullable(),
  counts: z.array(QueueCount),
});

export const CaseReport = z.object({
  id: z.string(),
  reference: z.string(),
  type: ReportTypeId,
  status: ReportStatus,
  createdAt: z.string(),
  description: z.string(),
  descriptionLanguage: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  /** Staff only: who reported. Never shown to the seller. */
  reporter: z.object({
    email: z.string(),
    name: z.string().nullable(),
    isGuest: z.boolean(),
    discloseIdentity: z.boolean(),
    reportsFiled: z.number().int(),
    reportsUpheld: z.number().int(),
    /** Misuse counters (last 3 months) and standing, for staff. */
    unfoundedMarks: z.number().int(),
    warned: z.boolean(),
    suspendedUntil: z.string().nullable(),
    fastLane: z.boolean(),
    trustedFlagger: z.string().nullable(),
  }),
  source: z.enum(["notice", "trusted_flagger"]),
  markedUnfounded: z.boolean(),
  evidence: z.array(Evidence),
});

export const CaseEvent = z.object({
  type: z.string(),
  status: z.string(),
  at: z.string(),
  actor: StaffRef.nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const CaseDetail = CaseQueueItem.extend({
  /** The target as it was when first reported. */
  snapshot: z.record(z.string(), z.unknown()),
  /** The target as it is now (null when it no longer exists in the catalog). */
  current: z.record(z.string(), z.unknown()).nullable(),
  reports: z.array(CaseReport),
  seller: z.object({
    storeId: z.string(),
    storeName: z.string(),
    storeStatus: z.string(),
    /** The seller's other cases, newest first (at most 20), over all its stores: by its account, or this store. */
    earlierCases: z.array(
      z.object({
        id: z.string(),
        targetTitle: z.string(),
        storeName: z.string(),
        status: CaseStatus,
        outcome: z.string().nullable(),
        at: z.string(),
      }),
    ),
    /** How many other cases the seller has in all, and how they were decided. */
    earlierCounts: z.object({
      cases: z.number().int(),
      actionTaken: z.number().int(),
      noAction: z.number().int(),
    }),
    /** How many stores the seller runs (1 for a store without a seller account). */
    storeCount: z.number().int(),
    activeStrikes: z.array(
      z.object({
        severity: z.enum(["general", "serious"]),
        at: z.string(),
        expiresAt: z.string(),
        storeName: z.string(),
      }),
    ),
  }),
  notes: z.array(z.object({ id: z.string(), body: z.string(), at: z.string(), author: StaffRef })),
  events: z.array(CaseEvent),
  /** Pass this back when deciding: a decision on a stale view is refused. */
  eventCount: z.number().int(),
  decision: z
    .object({
      outcome: z.enum(["action_taken", "no_action"]),
      reason: NoActionReason.nullable(),
      actions: z.array(EnforcementAction),
      statementPuid: z.string().nullable(),
      decidedAt: z.string(),
      decidedBy: StaffRef,
    })
    .nullable(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const RequestInfo = z.object({
  message: z.string().trim().min(10, "Say what you need, in at least 10 characters.").max(2000),
  days: z.number().int().min(1).max(30).default(7),
});
export type RequestInfo = z.input<typeof RequestInfo>;

export const AddNote = z.object({ body: z.string().trim().min(1, "Write a note.").max(5000) });
export const AssignCase = z.object({ assigneeId: z.string().min(1) });
