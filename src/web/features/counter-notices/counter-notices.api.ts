import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { CounterNotice, type DecideCounterNotice } from "../../../contracts/counter-notices.ts";
import { getParsed, requestJson } from "../../api/http.ts";

const CounterNoticeList = z.object({ items: z.array(CounterNotice) });

export const counterNoticeKeys = { queue: ["console", "counter-notices"] as const };

/** Counter-notices waiting for IP Protection's decision (replied to, or past the reply time), oldest first. */
export function useCounterNoticeQueue() {
  return useQuery({
    queryKey: counterNoticeKeys.queue,
    queryFn: async ({ signal }) =>
      (await getParsed("/api/v1/console/counter-notices", CounterNoticeList, signal)).items,
  });
}

export function useDecideCounterNotice(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: z.infer<typeof DecideCounterNotice>) =>
      CounterNotice.parse(
        await requestJson(`/api/v1/console/counter-notices/${encodeURIComponent(id)}/decision`, {
          method: "POST",
          body,
        }),
      ),
    onSuccess: (notice) =>
      void queryClient.invalidateQueries({ queryKey: ["console", "case", notice.caseId] }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: counterNoticeKeys.queue }),
  });
}
