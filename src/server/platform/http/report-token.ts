/** A guest's private token may come as a header (API clients) or in the query (links in emails). */
export const reportTokenOf = (headers: Record<string, unknown>, query: { token?: string }) =>
  (typeof headers["x-report-token"] === "string" ? headers["x-report-token"] : undefined) ?? query.token;
