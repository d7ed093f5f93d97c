import { useInfiniteQuery, useMutation } from "@tanstack/react-query";
import { AuditEntry, AuditVerification } from "../../../contracts/audit.ts";
import { pageOf } from "../../../contracts/common.ts";
import { ApiError, getParsed, withQuery } from "../../api/http.ts";

const PAGE_SIZE = 25;
const AuditPage = pageOf(AuditEntry);

export const auditKeys = { log: ["admin", "audit"] as const };

/** Signed out or not an admin (any more): asking again cannot help. */
const refused = (error: unknown) =>
  error instanceof ApiError && (error.status === 401 || error.status === 403);

/** The audit log, newest first, a page at a time (the cursor is the number of the last entry shown). */
export function useAuditLog() {
  return useInfiniteQuery({
    queryKey: auditKeys.log,
    queryFn: ({ pageParam, signal }) =>
      getParsed(withQuery("/api/v1/admin/audit", { cursor: pageParam, limit: PAGE_SIZE }), AuditPage, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: (count, error) => !refused(error) && count < 2,
  });
}

/**
 * Checks the whole chain now. A mutation, not a query: each press is a fresh check of the log as it
 * stands, never an answer from the cache.
 */
export function useVerifyAuditChain() {
  return useMutation({
    mutationFn: () => getParsed("/api/v1/admin/audit/verification", AuditVerification),
  });
}
