import type { DbOrTx } from "../../platform/db/database.ts";
import { fileRow } from "../../platform/storage/file-keeper.ts";
import type { FormShape, StagedUpload } from "../../platform/storage/form-intake.ts";
import { insertAttachmentRows } from "./attachments.repository.ts";
import { cleanFileName, judgeEvidence } from "./evidence.policy.ts";

export { attachmentsOf, findAttachment } from "./attachments.repository.ts";

export const MAX_ATTACHMENTS = 10;

/** A statement with up to 10 evidence files, under the JSON part `jsonPart` (e.g. "appeal", "answer"). */
export function statementForm(jsonPart: string): FormShape {
  return {
    jsonPart,
    files: { evidence: { maxFiles: MAX_ATTACHMENTS, judge: judgeEvidence } },
    cleanFileName,
  };
}

export interface AttachmentRef {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  url: string;
}

/** Stores the rows of files sent with an appeal or an answer; returns what the case timeline shows. */
export async function insertAttachments(
  tx: DbOrTx,
  owner: { kind: "appeal" | "seller_answer"; id: string; caseId: string },
  files: StagedUpload[],
  at: string,
): Promise<AttachmentRef[]> {
  if (files.length === 0) return [];
  const rows = files.map((f) => ({
    ...fileRow(f, at),
    owner_kind: owner.kind,
    owner_id: owner.id,
    case_id: owner.caseId,
  }));
  await insertAttachmentRows(tx, rows);
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    url: `/api/v1/console/cases/${owner.caseId}/attachments/${r.id}`,
  }));
}
