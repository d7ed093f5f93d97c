import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { AppealDetail, type AppealStatus, type DecideAppeal } from "../../../contracts/appeals.ts";
import { pageOf } from "../../../contracts/common.ts";
import { getParsed, requestJson, withQuery } from "../../api/http.ts";

type Status = z.infer<typeof AppealStatus>;

const AppealPage = pageOf(AppealDetail);
const PAGE_SIZE = 25;

export const appealKeys = {
  queues: ["console", "appeals"] as const,
  queue: (status: Status) => ["console", "appeals", status] as const,
  one: (id: string) => ["console", "appeal", id] as const,
};

const appealPath = (id: string) => `/api/v1/console/appeals/${encodeURIComponent(id)}`;

/** Appeals of one status, a page at a time; appeals of my own decisions are left out by the server. */
export function useAppealQueue(status: Status) {
  return useInfiniteQuery({
    queryKey: appealKeys.queue(status),
    queryFn: ({ pageParam, signal }) =>
      getParsed(
        withQuery("/api/v1/console/appeals", { status, cursor: pageParam, limit: PAGE_SIZE }),
        AppealPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAppeal(id: string) {
  return useQuery({
    queryKey: appealKeys.one(id),
    queryFn: ({ signal }) => getParsed(appealPath(id), AppealDetail, signal),
  });
}

/** Upholds or reverses; the answer is the decided appeal, and the queues and the case are refreshed. */
export function useDecideAppeal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: z.infer<typeof DecideAppeal>) =>
      AppealDetail.parse(await requestJson(`${appealPath(id)}/decision`, { method: "POST", body })),
    onSuccess: (appeal) => {
      queryClient.setQueryData(appealKeys.one(id), appeal);
      void queryClient.invalidateQueries({ queryKey: ["console", "case", appeal.caseId] });
      void queryClient.invalidateQueries({ queryKey: ["console", "queue"] });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: appealKeys.queues }),
  });
}
