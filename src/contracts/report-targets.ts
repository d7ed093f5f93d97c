import { z } from "zod";

/**
 * What a report may point at: the catalog's listings and stores, and the kinds other modules provide
 * through the reports module's target port (a message, a rating). A new kind is one more name here.
 */
export const REPORT_TARGET_KINDS = ["listing", "store", "message", "feedback"] as const;
export const ReportTargetKind = z.enum(REPORT_TARGET_KINDS);
export type ReportTargetKind = z.infer<typeof ReportTargetKind>;
