import type { FileRejection } from "@mantine/dropzone";
import i18next from "i18next";
import { useCallback, useRef, useState } from "react";
import { EVIDENCE_TYPES, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "../../contracts/reports.ts";
import { progressPerFile } from "../api/upload.ts";
import { checkEvidenceFile } from "./evidence-kind.ts";

export interface AttachedFile {
  key: string;
  file: File;
  /** 0–100 while (or after) uploading; null before the first upload. */
  progress: number | null;
  /** Why this very file was refused: here when it was added, or by the server. */
  error?: string;
}

/** The file types the server accepts as evidence, for the file picker and the drop check. */
export const EVIDENCE_ACCEPT: Record<string, string[]> = {
  "application/pdf": [".pdf"],
  "application/msword": [".doc"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
  "image/gif": [".gif"],
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
};

const TYPES_TEXT = EVIDENCE_TYPES.join(", ");
const MAX_MB = MAX_EVIDENCE_BYTES / (1024 * 1024);

const LIMITS = { max: MAX_EVIDENCE_FILES, mb: MAX_MB, types: TYPES_TEXT };

/** What may be attached, for help texts, in the interface language. */
export const evidenceLimitsText = () => i18next.t("ui:files.limits", LIMITS);

/** What a form takes as evidence: how many files, of which kinds, how large, and how each is judged. */
export interface EvidencePolicy {
  maxFiles: number;
  /** The kinds the file picker offers and the drop zone lets through. */
  accept: Record<string, string[]>;
  /** The largest file the drop zone lets through; `check` may hold a kind to less. */
  maxBytes: number;
  /** One sentence under the drop zone: how many files, which kinds, how large. */
  hint: string;
  /** The kinds, for the message of a file the drop zone refused by type. */
  typesText: string;
  /** Why this file cannot be attached (read from its first bytes and its size), or null. */
  check: (file: File) => Promise<string | null>;
}

/** What a report, an appeal or a seller's answer takes. */
export const REPORT_EVIDENCE: EvidencePolicy = {
  maxFiles: MAX_EVIDENCE_FILES,
  accept: EVIDENCE_ACCEPT,
  maxBytes: MAX_EVIDENCE_BYTES,
  // Read when the zone is drawn, so that it follows the interface language.
  get hint() {
    return i18next.t("ui:files.hint", LIMITS);
  },
  typesText: TYPES_TEXT,
  check: checkEvidenceFile,
};

const keyOf = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

function rejectionMessage({ file, errors }: FileRejection, policy: EvidencePolicy): string {
  const codes = errors.map((e) => e.code);
  const name = file.name;
  if (codes.includes("file-too-large"))
    return i18next.t("ui:files.tooLarge", { name, mb: policy.maxBytes / (1024 * 1024) });
  if (codes.includes("file-invalid-type"))
    return i18next.t("ui:files.wrongType", { name, types: policy.typesText });
  const reason = errors[0]?.message ?? i18next.t("ui:files.unknownProblem");
  return i18next.t("ui:files.notAdded", { name, reason });
}

/** Each file as a row: the accepted ones checked by their first bytes, the refused ones with their reason. */
async function rowsFor(
  accepted: File[],
  rejections: FileRejection[],
  policy: EvidencePolicy,
): Promise<AttachedFile[]> {
  const checked = await Promise.all(
    accepted.map(async (file) => ({
      key: keyOf(file),
      file,
      progress: null,
      error: (await policy.check(file)) ?? undefined,
    })),
  );
  const refused = rejections.map((r) => ({
    key: keyOf(r.file),
    file: r.file,
    progress: null,
    error: rejectionMessage(r, policy),
  }));
  return [...checked, ...refused];
}

export type EvidenceFiles = ReturnType<typeof useEvidenceFiles>;

/**
 * Evidence files attached to what is sent (a report, an appeal, an answer), the ones refused on the way
 * in, and the upload progress of each. `sentWith` names it in messages: "at most 10 files per report".
 */
export function useEvidenceFiles(sentWith = "report", policy: EvidencePolicy = REPORT_EVIDENCE) {
  // The files to send; and apart, the files refused on the way in (shown with why, never sent).
  const [files, setFiles] = useState<AttachedFile[]>([]);
  const [refused, setRefused] = useState<AttachedFile[]>([]);
  const current = useRef(files);
  current.current = files;

  const add = useCallback(
    async (accepted: File[], rejections: FileRejection[]) => {
      const incoming = await rowsFor(accepted, rejections, policy);
      const next = [...current.current];
      const notAdded: AttachedFile[] = [];
      for (const row of incoming) {
        if (next.some((f) => f.key === row.key)) continue;
        if (row.error) notAdded.push(row);
        else if (next.length >= policy.maxFiles)
          notAdded.push({
            ...row,
            error: i18next.t("ui:files.tooMany", {
              name: row.file.name,
              max: policy.maxFiles,
              sentWith: i18next.t(`ui:files.sentWith.${sentWith}`, { defaultValue: sentWith }),
            }),
          });
        else next.push(row);
      }
      current.current = next;
      setFiles(next);
      setRefused((before) => [...before.filter((r) => !notAdded.some((n) => n.key === r.key)), ...notAdded]);
    },
    [sentWith, policy],
  );

  const remove = useCallback((key: string) => {
    setFiles((current) => current.filter((f) => f.key !== key));
    setRefused((current) => current.filter((f) => f.key !== key));
  }, []);

  const showProgress = useCallback((loaded: number, total: number) => {
    setFiles((current) => {
      const percents = progressPerFile(
        current.map((f) => f.file.size),
        loaded,
        total,
      );
      return current.map((f, i) => ({ ...f, progress: percents[i] ?? 0 }));
    });
  }, []);

  const markRefused = useCallback((serverMessage: string) => {
    setFiles((current) =>
      current.map((f) => (serverMessage.includes(`"${f.file.name}"`) ? { ...f, error: serverMessage } : f)),
    );
  }, []);

  const resetProgress = useCallback(() => {
    setFiles((current) => current.map((f) => ({ ...f, progress: null, error: undefined })));
  }, []);

  /** After a successful send: nothing attached any more. */
  const clear = useCallback(() => {
    setFiles([]);
    setRefused([]);
  }, []);

  return { policy, files, refused, add, remove, showProgress, markRefused, resetProgress, clear };
}

export { MAX_MB, TYPES_TEXT };
