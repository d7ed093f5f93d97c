import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  type DesignateFlagger,
  TrustedFlagger as TrustedFlaggerSchema,
} from "../../../contracts/reporters.ts";
import { ApiError, getParsed, requestJson } from "../../api/http.ts";

export type TrustedFlagger = z.infer<typeof TrustedFlaggerSchema>;

const FlaggerList = z.object({ items: z.array(TrustedFlaggerSchema) });
const KEY = ["admin", "trusted-flaggers"] as const;

const retryUnlessRefused = (count: number, error: unknown) =>
  !(error instanceof ApiError && (error.status === 401 || error.status === 403)) && count < 2;

/** Trusted flaggers (DSA Art. 22), the revoked ones too; admins only. */
export function useTrustedFlaggers() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => getParsed("/api/v1/admin/trusted-flaggers", FlaggerList, signal),
    retry: retryUnlessRefused,
  });
}

/** Designates an account; the answer is the whole list, which replaces the cache. */
export function useDesignateFlagger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: z.infer<typeof DesignateFlagger>) =>
      FlaggerList.parse(await requestJson("/api/v1/admin/trusted-flaggers", { method: "PUT", body })),
    onSuccess: (list) => queryClient.setQueryData(KEY, list),
  });
}

export function useRevokeFlagger() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) =>
      FlaggerList.parse(
        await requestJson(`/api/v1/admin/trusted-flaggers/${encodeURIComponent(userId)}`, {
          method: "DELETE",
        }),
      ),
    onSuccess: (list) => queryClient.setQueryData(KEY, list),
  });
}
