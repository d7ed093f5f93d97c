import { z } from "zod";
import { CaseStatus } from "./console.ts";
import { EnforcementAction } from "./decisions.ts";
import { ReportTypeId } from "./report-types.ts";

/** Who complained, as the seller may see it: nobody, unless the reporter disclosed it or it is a rights holder. */
export const Complainant = z.object({
  label: z.string(),
  kind: z.enum(["anonymous", "disclosed", "rights_holder"]),
});

const ReceivedDecision = z.object({
  outcome: z.enum(["action_taken", "no_action"]),
  actions: z.array(EnforcementAction),
  statementPuid: z.string().nullable(),
  decidedAt: z.string(),
  /** Set when the decision was reversed on appeal: its restrictions were undone. */
  reversedAt: z.string().nullable(),
});

export const ReceivedComplaint = z.object({
  caseId: z.string(),
  targetKind: z.enum(["listing", "store"]),
  targetId: z.string(),
  targetTitle: z.string(),
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
