import { z } from "zod";
import { CaseStatus } from "./console.ts";
import { EnforcementAction } from "./decisions.ts";
import { ReportTargetKind } from "./report-targets.ts";
import { ReportTypeId } from "./report-types.ts";

/** Who complained, as the seller may see it: nobody, unless the reporter disclosed it or it is a rights holder. */
export const Complainant = z.object({
  label: z.string(),
  kind: z.enum(["anonymous", "disclosed", "rights_holder"]),
});

/** A strike the decision gave the seller: its kind and when it stops counting (strikes live 365 days). */
export const ReceivedStrike = z.object({
  severity: z.enum(["general", "serious"]),
  createdAt: z.string(),
  expiresAt: z.string(),
  /** Set when the strike was taken back (the decision was reversed). */
  removedAt: z.string().nullable(),
});
export type ReceivedStrike = z.infer<typeof ReceivedStrike>;

/** The seller's strikes in force now, and what the strike policy does at the next serious one. */
export const StrikeStanding = z.object({
  liveStrikes: z.number().int(),
  liveSerious: z.number().int(),
  lifetimeDays: z.number().int(),
  nextSerious: z.object({
    type: z.enum(["freeze_store", "close_store"]),
    /** How long the store is frozen; null when the store is closed. */
    days: z.number().int().nullable(),
  }),
});
export type StrikeStanding = z.infer<typeof StrikeStanding>;

const ReceivedDecision = z.object({
  outcome: z.enum(["action_taken", "no_action"]),
  actions: z.array(EnforcementAction),
  /** The strikes this decision gave. */
  strikes: z.array(ReceivedStrike),
  statementPuid: z.string().nullable(),
  decidedAt: z.string(),
  /** Set when the decision was reversed on appeal: its restrictions were undone. */
  reversedAt: z.string().nullable(),
});

/** The rating a complaint is about, as it was when reported, for the web to word in its own language. */
export const ReceivedRating = z.object({
  itemTitle: z.string(),
  /** When the rating was written. */
  ratedAt: z.string(),
});
export type ReceivedRating = z.infer<typeof ReceivedRating>;

export const ReceivedComplaint = z.object({
  caseId: z.string(),
  targetKind: ReportTargetKind,
  targetId: z.string(),
  /** The server's English title of the target; a rating is better worded from `rating`. */
  targetTitle: z.string(),
  /** Set for a complaint about a rating (target kind `feedback`). */
  rating: ReceivedRating.nullable(),
  storeName: z.string(),
  status: CaseStatus,
  receivedAt: z.string(),
  reportCount: z.number().int(),
  types: z.array(ReportTypeId),
  decision: ReceivedDecision.nullable(),
});
export type ReceivedComplaint = z.infer<typeof ReceivedComplaint>;

export const ReceivedComplaintDetail = ReceivedComplaint.extend({
  complaints: z.array(
    z.object({
      type: ReportTypeId,
      receivedAt: z.string(),
      description: z.string(),
      details: z.record(z.string(), z.unknown()),
      complainant: Complainant,
    }),
  ),
  statement: z.record(z.string(), z.unknown()).nullable(),
  /** My live strikes across my stores, and what the next serious one would bring. */
  strikeStanding: StrikeStanding,
  /** My appeal of the decision, if I appealed. */
  appeal: z
    .object({
      id: z.string(),
      status: z.enum(["pending", "upheld", "reversed"]),
      createdAt: z.string(),
      decidedAt: z.string().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
});
export type ReceivedComplaintDetail = z.infer<typeof ReceivedComplaintDetail>;

export const SellerAnswer = z.object({
  statement: z.string().trim().min(20, "Write your answer in at least 20 characters.").max(5000),
});
