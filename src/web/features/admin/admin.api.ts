import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  OutcomeTemplate,
  type OutcomeTemplateKey,
  type SetStaff,
  StaffMember,
} from "../../../contracts/admin.ts";
import { ApiError, getParsed, requestJson } from "../../api/http.ts";

type TemplateKey = z.infer<typeof OutcomeTemplateKey>;

const StaffList = z.object({ items: z.array(StaffMember) });
const TemplateList = z.object({ items: z.array(OutcomeTemplate) });

export const adminKeys = {
  staff: ["admin", "staff"] as const,
  templates: ["admin", "outcome-templates"] as const,
};

/** A refusal is final: retrying a 401 or 403 cannot succeed. */
export const retryUnlessRefused = (count: number, error: unknown) =>
  !(error instanceof ApiError && (error.status === 401 || error.status === 403)) && count < 2;

/** Staff and their departments (admins only: others get 403). */
export function useStaffList(enabled: boolean) {
  return useQuery({
    queryKey: adminKeys.staff,
    queryFn: ({ signal }) => getParsed("/api/v1/admin/staff", StaffList, signal),
    enabled,
    retry: retryUnlessRefused,
  });
}

/** Makes an account staff (or a member again); the answer is the whole list, which replaces the cache. */
export function useSetStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: z.input<typeof SetStaff>) =>
      StaffList.parse(await requestJson("/api/v1/admin/staff", { method: "PUT", body })),
    onSuccess: (list) => queryClient.setQueryData(adminKeys.staff, list),
  });
}

export function useOutcomeTemplates() {
  return useQuery({
    queryKey: adminKeys.templates,
    queryFn: ({ signal }) => getParsed("/api/v1/admin/outcome-templates", TemplateList, signal),
    retry: retryUnlessRefused,
  });
}

/** Rewords one outcome message; empty text restores the built-in one. */
export function useSetOutcomeTemplate(key: TemplateKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) =>
      TemplateList.parse(
        await requestJson(`/api/v1/admin/outcome-templates/${encodeURIComponent(key)}`, {
          method: "PUT",
          body: { text },
        }),
      ),
    onSuccess: (list) => queryClient.setQueryData(adminKeys.templates, list),
  });
}
