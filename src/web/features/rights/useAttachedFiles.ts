import type { FileRejection } from "@mantine/dropzone";
import i18next from "i18next";
import { useCallback, useState } from "react";
import { MAX_RIGHT_FILE_BYTES, RIGHT_FILE_TYPES } from "../../../contracts/rights.ts";

import type { AttachedFile } from "../../ui/useEvidenceFiles.ts";

export type { AttachedFile };

/** What the server takes for identity documents, certificates and letters of authorisation. */
export const RIGHT_FILE_ACCEPT: Record<string, string[]> = {
  "application/pdf": [".pdf"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
};
export const RIGHT_FILE_MB = MAX_RIGHT_FILE_BYTES / (1024 * 1024);
export const RIGHT_FILE_TYPES_TEXT = RIGHT_FILE_TYPES.join(", ");

const keyOf = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

function rejectionMessage({ file, errors }: FileRejection, maxFiles: number): string {
  const codes = errors.map((e) => e.code);
  const name = file.name;
  if (codes.includes("file-too-large"))
    return i18next.t("rights:files.tooLarge", { name, mb: RIGHT_FILE_MB });
  if (codes.includes("file-invalid-type"))
    return i18next.t("rights:files.wrongType", { name, types: RIGHT_FILE_TYPES_TEXT });
  if (codes.includes("too-many-files")) return i18next.t("rights:files.tooMany", { name, max: maxFiles });
  const reason = errors[0]?.message ?? i18next.t("rights:files.unknownProblem");
  return i18next.t("rights:files.notAdded", { name, reason });
}

/** Files attached to one field of a form, those refused on the way in, and the upload progress of each. */
export function useAttachedFiles(maxFiles: number) {
  const [files, setFiles] = useState<AttachedFile[]>([]);
  const [rejected, setRejected] = useState<string[]>([]);

  const add = useCallback(
    (accepted: File[], rejections: FileRejection[]) => {
      const messages = rejections.map((r) => rejectionMessage(r, maxFiles));
      // A field that takes one file swaps it, rather than refusing the new choice.
      const next = maxFiles === 1 && accepted.length > 0 ? [] : [...files];
      for (const file of accepted) {
        if (next.some((f) => f.key === keyOf(file))) continue;
        if (next.length >= maxFiles) {
          messages.push(i18next.t("rights:files.atMost", { name: file.name, count: maxFiles }));
          continue;
        }
        next.push({ key: keyOf(file), file, progress: null });
      }
      setFiles(next);
      setRejected(messages);
    },
    [files, maxFiles],
  );

  const remove = useCallback(
    (key: string) => setFiles((current) => current.filter((f) => f.key !== key)),
    [],
  );

  /** Percentages in the order of `files`, as spread by progressPerFile. */
  const showProgress = useCallback((percents: number[]) => {
    setFiles((current) => current.map((f, i) => ({ ...f, progress: percents[i] ?? 0 })));
  }, []);

  const markRefused = useCallback((serverMessage: string) => {
    setFiles((current) =>
      current.map((f) => (serverMessage.includes(`"${f.file.name}"`) ? { ...f, error: serverMessage } : f)),
    );
  }, []);

  const resetProgress = useCallback(() => {
    setFiles((current) => current.map((f) => ({ ...f, progress: null, error: undefined })));
  }, []);

  const clear = useCallback(() => {
    setFiles([]);
    setRejected([]);
  }, []);

  return { files, rejected, maxFiles, add, remove, showProgress, markRefused, resetProgress, clear };
}

export type AttachedFiles = ReturnType<typeof useAttachedFiles>;
