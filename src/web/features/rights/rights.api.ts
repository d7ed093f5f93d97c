import { useQuery } from "@tanstack/react-query";
import i18next from "i18next";
import {
  type CreateHolder,
  type CreateRight,
  Holder,
  RightList,
  RightView,
} from "../../../contracts/rights.ts";
import { ApiError, getParsed } from "../../api/http.ts";
import { uploadMultipart } from "../../api/upload.ts";

export const rightsKeys = {
  holder: ["rights", "holder"] as const,
  mine: ["rights", "mine"] as const,
};

/** My registration, or null while I have none (the API answers 404 until I register). */
async function fetchHolder(signal?: AbortSignal): Promise<Holder | null> {
  try {
    return await getParsed("/api/v1/rights/holder", Holder, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function useHolder(enabled: boolean) {
  return useQuery({ queryKey: rightsKeys.holder, queryFn: ({ signal }) => fetchHolder(signal), enabled });
}

export function useMyRights(enabled: boolean) {
  return useQuery({
    queryKey: rightsKeys.mine,
    queryFn: ({ signal }) => getParsed("/api/v1/rights", RightList, signal),
    enabled,
  });
}

type Progress = (loaded: number, total: number) => void;

/** Parses a success answer, or says plainly that it could not be read (the data was stored all the same). */
function parsed<T>(
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  answer: unknown,
): T {
  const result = schema.safeParse(answer);
  if (!result.success) throw new ApiError(0, "unreadable_answer", i18next.t("rights:problem.unreadable"), {});
  return result.data as T;
}

export async function sendHolder(holder: CreateHolder, documents: File[], onProgress: Progress) {
  const answer = await uploadMultipart({
    url: "/api/v1/rights/holder",
    parts: [
      { name: "holder", value: JSON.stringify(holder) },
      ...documents.map((file) => ({ name: "document", value: file })),
    ],
    onProgress,
  });
  return parsed<Holder>(Holder, answer);
}

/** Files go in this order (certificates, then the letter), which is the order progress is spread over. */
export async function sendRight(
  right: CreateRight,
  certificates: File[],
  authorisation: File | null,
  onProgress: Progress,
) {
  const answer = await uploadMultipart({
    url: "/api/v1/rights",
    parts: [
      { name: "right", value: JSON.stringify(right) },
      ...certificates.map((file) => ({ name: "certificate", value: file })),
      ...(authorisation ? [{ name: "authorisation", value: authorisation }] : []),
    ],
    onProgress,
  });
  return parsed<RightView>(RightView, answer);
}
