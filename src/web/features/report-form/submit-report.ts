import i18next from "i18next";
import { ReportCreated, type SubmitReport } from "../../../contracts/reports.ts";
import { ApiError } from "../../api/http.ts";
import { uploadMultipart } from "../../api/upload.ts";
import { randomUuid } from "../../api/uuid.ts";

interface PendingKey {
  signature: string;
  key: string;
}

/**
 * One Idempotency-Key per submission: a retry of the very same report (after a network failure or a
 * server error) reuses it, so the report cannot be filed twice; a changed report gets a fresh key.
 */
export function createIdempotencyKeys() {
  let pending: PendingKey | null = null;
  return {
    keyFor(signature: string): string {
      if (pending?.signature !== signature) pending = { signature, key: randomUuid() };
      return pending.key;
    },
    /** The server answered for good (success or a refusal): the next attempt is a new submission. */
    settle() {
      pending = null;
    },
  };
}

export function signatureOf(report: SubmitReport, files: File[]): string {
  return JSON.stringify([report, files.map((f) => [f.name, f.size, f.lastModified])]);
}

interface SendOptions {
  report: SubmitReport;
  files: File[];
  idempotencyKey: string;
  onProgress: (loaded: number, total: number) => void;
}

export async function sendReport({
  report,
  files,
  idempotencyKey,
  onProgress,
}: SendOptions): Promise<ReportCreated> {
  const answer = await uploadMultipart({
    url: "/api/v1/reports",
    headers: { "Idempotency-Key": idempotencyKey },
    parts: [
      { name: "report", value: JSON.stringify(report) },
      ...files.map((file) => ({ name: "evidence", value: file })),
    ],
    onProgress,
  });
  const created = ReportCreated.safeParse(answer);
  if (!created.success) {
    throw new ApiError(0, "unreadable_answer", i18next.t("reportForm:unreadableAnswer"), {});
  }
  return created.data;
}
