import type { ReportTargetKind } from "../../contracts/report-targets.ts";

/** What a report points at, as a badge names it: "Listing", "Store", "Message". */
export const TARGET_KIND_LABELS: Record<ReportTargetKind, string> = {
  listing: "Listing",
  store: "Store",
  message: "Message",
};

/** The same in a sentence: "Complaint about your message". */
export const targetKindWord = (kind: ReportTargetKind) => TARGET_KIND_LABELS[kind].toLowerCase();
