import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { z } from "zod";
import { CaseDetail, CaseQueuePage, type RequestInfo } from "../../../contracts/console.ts";
import type { DecideCase } from "../../../contracts/decisions.ts";
import { StatementOfReasons } from "../../../contracts/decisions.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import { getParsed, requestJson, withQuery } from "../../api/http.ts";
import type { QueueSearch } from "./cases.search.ts";

const QUEUE_PAGE_SIZE = 25;

export const caseKeys = {
  queues: ["console", "queue"] as const,
  queue: (search: QueueSearch) => ["console", "queue", search] as const,
  case: (id: string) => ["console", "case", id] as const,
  statement: (puid: string) => ["console", "statement", puid] as const,
};

const casePath = (id: string) => `/api/v1/console/cases/${encodeURIComponent(id)}`;

/** The cases of the queue, most urgent first, a page at a time (keyset cursor). */
export function useCaseQueue(search: QueueSearch, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: caseKeys.queue(search),
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery("/api/v1/console/cases", {
          department: search.department,
          type: search.type,
          status: search.status ?? "open",
          overdue: search.overdue ? "true" : undefined,
          mine: search.mine ? "true" : undefined,
          trustedFlagger: search.trustedFlagger ? "true" : undefined,
          cursor: pageParam,
          limit: QUEUE_PAGE_SIZE,
        }),
        CaseQueuePage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Changing a filter keeps the tabs and the old rows on screen until the new answer arrives.
    placeholderData: keepPreviousData,
    enabled,
  });
}

const fetchCaseDetail = (id: string, signal?: AbortSignal) => getParsed(casePath(id), CaseDetail, signal);

export function useCaseDetail(id: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.case(id),
    queryFn: ({ signal }) => fetchCaseDetail(id, signal),
    enabled,
  });
}

/** Fetches a case afresh (never from the cache), e.g. for its latest event count before deciding. */
export function useFetchFreshCase() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery({
      queryKey: caseKeys.case(id),
      queryFn: () => fetchCaseDetail(id),
      staleTime: 0,
    });
}

export function useStatement(puid: string, enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.statement(puid),
    queryFn: ({ signal }) =>
      getParsed(`/api/v1/statements/${encodeURIComponent(puid)}`, StatementOfReasons, signal),
    enabled,
    staleTime: 10 * 60_000,
  });
}

type CaseCommand = "claim" | "release" | "notes" | "decision" | "request-info" | "assign";

async function postCaseCommand(id: string, command: CaseCommand, body: unknown): Promise<CaseDetail> {
  return CaseDetail.parse(await requestJson(`${casePath(id)}/${command}`, { method: "POST", body }));
}

/**
 * Every command on a case answers with the whole case: it replaces what is cached, and the queues are
 * refreshed because claims, counts and statuses may have changed.
 */
function useCaseCommand<TBody>(id: string, command: CaseCommand) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => postCaseCommand(id, command, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.case(id), detail);
      void queryClient.invalidateQueries({ queryKey: caseKeys.queues });
    },
  });
}

export const useClaimCase = (id: string) => useCaseCommand<Record<string, never>>(id, "claim");
export const useReleaseCase = (id: string) => useCaseCommand<Record<string, never>>(id, "release");
export const useAddNote = (id: string) => useCaseCommand<{ body: string }>(id, "notes");
export const useDecideCase = (id: string) => useCaseCommand<DecideCase>(id, "decision");
export const useRequestInfo = (id: string) => useCaseCommand<RequestInfo>(id, "request-info");
export const useAssignCase = (id: string) => useCaseCommand<{ assigneeId: string }>(id, "assign");

const RerouteAnswer = z.object({ caseId: z.string(), department: DepartmentId });

/** Moves the case to another department; the answer names the case the reports are now in. */
export function useRerouteCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (department: DepartmentId) =>
      RerouteAnswer.parse(
        await requestJson(`${casePath(id)}/reroute`, { method: "POST", body: { department } }),
      ),
    // The old case is not refetched here: it may have left the moderator's departments (or closed).
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseKeys.queues }),
  });
}

const UnfoundedStep = z.object({ step: z.enum(["none", "warn", "suspend"]) });

/** Marks one report manifestly unfounded; the answer says whether its reporter was warned or suspended. */
export function useMarkUnfounded(reportId: string, caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      UnfoundedStep.parse(
        await requestJson(`/api/v1/console/reports/${encodeURIComponent(reportId)}/unfounded`, {
          method: "POST",
        }),
      ).step,
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseKeys.case(caseId) }),
  });
}
