/** Which box of My Reports is shown: the reports I sent (default) or the complaints I received. */
export type ReportBox = "sent" | "received";

export interface MyReportsSearch {
  box?: ReportBox;
}

/** Reads `?box=` from the address, ignoring anything else that is there. */
export function validateMyReportsSearch(search: Record<string, unknown>): MyReportsSearch {
  return search.box === "sent" || search.box === "received" ? { box: search.box } : {};
}
