import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  BulkDecisionResult,
  type CreateMacro,
  type DecisionTemplate,
  Macro,
} from "../../../contracts/decisions.ts";
import { getParsed, requestJson } from "../../api/http.ts";
import { caseKeys } from "../cases/cases.api.ts";

const macrosKey = ["console", "macros"] as const;
const MacroList = z.object({ items: z.array(Macro) });

/** The saved decisions this moderator may use (the API leaves out other departments' macros). */
export function useMacros(enabled: boolean) {
  return useQuery({
    queryKey: macrosKey,
    queryFn: ({ signal }) => getParsed("/api/v1/console/macros", MacroList, signal),
    enabled,
    staleTime: 60_000,
  });
}

export function useCreateMacro() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: z.input<typeof CreateMacro>) =>
      Macro.parse(await requestJson("/api/v1/console/macros", { method: "POST", body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: macrosKey }),
  });
}

export function useDeleteMacro() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      requestJson(`/api/v1/console/macros/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: macrosKey }),
  });
}

export interface BulkCase {
  caseId: string;
  seenEventCount: number;
}

/** One decision for many cases; each case is decided (or refused) on its own. */
export function useBulkDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { cases: BulkCase[]; decision: DecisionTemplate }) =>
      BulkDecisionResult.parse(await requestJson("/api/v1/console/bulk-decision", { method: "POST", body })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.queues });
      void queryClient.invalidateQueries({ queryKey: ["console", "case"] });
    },
  });
}
