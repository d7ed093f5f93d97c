import { z } from "zod";
import { EnforcementAction } from "../../../contracts/decisions.ts";
import { ReportTargetKind } from "../../../contracts/report-targets.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import type { CaseEventType } from "./case-status.ts";

/** A file sent with an appeal or a seller's answer, as the timeline links it. */
const Attachment = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  url: z.string(),
});

const Claim = z.object({ claimedBy: z.string(), until: z.string() });
const CounterNoticeRef = z.object({ id: z.string() });

/**
 * What each case event records, checked as it is written and parsed as it is read. The keys are in the
 * order they have always been stored in, so that the stored JSON stays the same.
 */
export const CASE_EVENTS = {
  "case.opened": z.object({
    department: DepartmentId,
    target: z.object({ kind: ReportTargetKind, id: z.string() }),
  }),
  "report.attached": z.object({ reportId: z.string(), reference: z.string() }),
  "case.claimed": Claim,
  "case.assigned": Claim,
  "case.released": z.object({}),
  "case.info_requested": z.object({ message: z.string(), dueAt: z.string() }),
  "case.info_provided": z.object({ reportId: z.string(), message: z.string() }),
  "case.rerouted": z.object({ from: DepartmentId, to: DepartmentId }),
  "case.merged": z.object({ into: z.string() }),
  "case.merged_in": z.object({ from: z.string() }),
  "case.decided": z.object({
    outcome: z.enum(["action_taken", "no_action"]),
    actions: z.array(EnforcementAction),
    statementPuid: z.string().nullable(),
  }),
  "case.reopened": z.object({ appealId: z.string() }),
  "seller.answered": z.object({
    answerId: z.string(),
    statement: z.string(),
    attachments: z.array(Attachment),
  }),
  "seller.removed_listing": z.object({}),
  "appeal.filed": z.object({
    appealId: z.string(),
    by: z.enum(["reporter", "seller"]),
    attachments: z.array(Attachment),
  }),
  "appeal.decided": z.object({
    appealId: z.string(),
    outcome: z.enum(["upheld", "reversed"]),
    reason: z.string(),
  }),
  "counter_notice.filed": z.object({ id: z.string(), attempt: z.number().int() }),
  "counter_notice.replied": CounterNoticeRef,
  "counter_notice.reply_time_over": CounterNoticeRef,
  "counter_notice.decided": z.object({ id: z.string(), outcome: z.enum(["reinstate", "keep"]) }),
} satisfies Record<CaseEventType, z.ZodType>;

export type CaseEventData<T extends CaseEventType> = z.input<(typeof CASE_EVENTS)[T]>;

const AnyRecord = z.record(z.string(), z.unknown());

const isCaseEventType = (type: string): type is CaseEventType => Object.hasOwn(CASE_EVENTS, type);

/** A stored event's data, read through its type's schema (a type this code does not know: as a record). */
export function parseCaseEventData(type: string, data: unknown): Record<string, unknown> {
  return isCaseEventType(type) ? CASE_EVENTS[type].parse(data) : AnyRecord.parse(data);
}
