/** Which box of My Reports is shown: the reports I sent (default), the complaints I received, or my record. */
export type ReportBox = "sent" | "received" | "record";

export interface MyReportsSearch {
  box?: ReportBox;
}

const BOXES: readonly string[] = ["sent", "received", "record"];

/** Reads `?box=` from the address, ignoring anything else that is there. */
export function validateMyReportsSearch(search: Record<string, unknown>): MyReportsSearch {
  return typeof search.box === "string" && BOXES.includes(search.box) ? { box: search.box as ReportBox } : {};
}
