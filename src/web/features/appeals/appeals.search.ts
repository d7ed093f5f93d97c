/** Which appeals the list shows: those waiting (default), or those decided either way. */
export type AppealTab = "pending" | "upheld" | "reversed";

export interface AppealsSearch {
  status?: AppealTab;
}

export function validateAppealsSearch(search: Record<string, unknown>): AppealsSearch {
  return search.status === "upheld" || search.status === "reversed" || search.status === "pending"
    ? { status: search.status }
    : {};
}
