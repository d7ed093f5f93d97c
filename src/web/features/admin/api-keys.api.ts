import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ApiKey, type IssueApiKey, IssuedApiKey } from "../../../contracts/integration.ts";
import { getParsed, requestJson } from "../../api/http.ts";
import { retryUnlessRefused } from "./admin.api.ts";

const KeyList = z.object({ items: z.array(ApiKey) });
type KeyList = z.infer<typeof KeyList>;
const KEY = ["admin", "api-keys"] as const;

/** The marketplace's API keys, newest first, the revoked ones too; never a secret. Admins only. */
export function useApiKeys() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => getParsed("/api/v1/admin/api-keys", KeyList, signal),
    retry: retryUnlessRefused,
  });
}

/** Issues a key; the answer holds its secret, which the caller shows once and the cache never holds. */
export function useIssueApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: IssueApiKey) =>
      IssuedApiKey.parse(await requestJson("/api/v1/admin/api-keys", { method: "POST", body })),
    // Forgotten as soon as it is reset: the mutation cache is no place to keep a secret.
    gcTime: 0,
    onSuccess: ({ key }) =>
      queryClient.setQueryData<KeyList>(KEY, (list) => list && { items: [key, ...list.items] }),
  });
}

/** Revokes a key at once; the answer is the key as it now stands, which replaces it in the list. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      ApiKey.parse(
        await requestJson(`/api/v1/admin/api-keys/${encodeURIComponent(id)}/revoke`, { method: "POST" }),
      ),
    onSuccess: (revoked) =>
      queryClient.setQueryData<KeyList>(
        KEY,
        (list) => list && { items: list.items.map((key) => (key.id === revoked.id ? revoked : key)) },
      ),
  });
}
