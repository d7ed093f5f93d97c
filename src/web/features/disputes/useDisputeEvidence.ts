import type { FileRejection } from "@mantine/dropzone";
import { useCallback, useRef, useState } from "react";
import { MAX_DISPUTE_FILES } from "../../../contracts/disputes.ts";
import { progressPerFile } from "../../api/upload.ts";
import type { AttachedFile } from "../../ui/useEvidenceFiles.ts";
import { checkDisputeFile, VIDEO_MB } from "./dispute-files.ts";

const keyOf = (file: File) => `${file.name}:${file.size}:${file.lastModified}`;

function rejectionMessage({ file, errors }: FileRejection): string {
  const codes = errors.map((e) => e.code);
  if (codes.includes("file-too-large")) return `“${file.name}” is larger than ${VIDEO_MB} MB.`;
  if (codes.includes("file-invalid-type"))
    return `“${file.name}” is not an accepted type. Use a photo (JPEG, PNG, GIF, WEBP), a video (MP4, WebM), a PDF or a Word document.`;
  return `“${file.name}” could not be added: ${errors[0]?.message ?? "unknown problem"}.`;
}

async function rowsFor(accepted: File[], rejections: FileRejection[]): Promise<AttachedFile[]> {
  const checked = await Promise.all(
    accepted.map(async (file) => ({
      key: keyOf(file),
      file,
      progress: null,
      error: (await checkDisputeFile(file)) ?? undefined,
    })),
  );
  const refused = rejections.map((r) => ({
    key: keyOf(r.file),
    file: r.file,
    progress: null,
    error: rejectionMessage(r),
  }));
  return [...checked, ...refused];
}

export type DisputeEvidence = ReturnType<typeof useDisputeEvidence>;

/**
 * The files attached to a dispute form, the ones refused on the way in (each with why: size by kind,
 * content), and the upload progress of each while the form is sent.
 */
export function useDisputeEvidence() {
  const [files, setFiles] = useState<AttachedFile[]>([]);
  const [refused, setRefused] = useState<AttachedFile[]>([]);
  const current = useRef(files);
  current.current = files;

  const add = useCallback(async (accepted: File[], rejections: FileRejection[]) => {
    const incoming = await rowsFor(accepted, rejections);
    const next = [...current.current];
    const notAdded: AttachedFile[] = [];
    for (const row of incoming) {
      if (next.some((f) => f.key === row.key)) continue;
      if (row.error) notAdded.push(row);
      else if (next.length >= MAX_DISPUTE_FILES)
        notAdded.push({
          ...row,
          error: `“${row.file.name}” was not added: at most ${MAX_DISPUTE_FILES} files at a time.`,
        });
      else next.push(row);
    }
    current.current = next;
    setFiles(next);
    setRefused((before) => [...before.filter((r) => !notAdded.some((n) => n.key === r.key)), ...notAdded]);
  }, []);

  const remove = useCallback((key: string) => {
    setFiles((list) => list.filter((f) => f.key !== key));
    setRefused((list) => list.filter((f) => f.key !== key));
  }, []);

  const showProgress = useCallback((loaded: number, total: number) => {
    setFiles((list) => {
      const percents = progressPerFile(
        list.map((f) => f.file.size),
        loaded,
        total,
      );
      return list.map((f, i) => ({ ...f, progress: percents[i] ?? 0 }));
    });
  }, []);

  /** The server names the refused file in its message (`"photo.png": …`): that row shows it. */
  const markRefused = useCallback((serverMessage: string) => {
    setFiles((list) =>
      list.map((f) => (serverMessage.includes(`"${f.file.name}"`) ? { ...f, error: serverMessage } : f)),
    );
  }, []);

  const resetProgress = useCallback(() => {
    setFiles((list) => list.map((f) => ({ ...f, progress: null, error: undefined })));
  }, []);

  const clear = useCallback(() => {
    setFiles([]);
    setRefused([]);
  }, []);

  return { files, refused, add, remove, showProgress, markRefused, resetProgress, clear };
}
