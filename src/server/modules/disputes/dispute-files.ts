import type { Side } from "../../../contracts/disputes.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { notFound } from "../../platform/http/errors.ts";
import type { StoredFile } from "../../platform/http/send-stored-file.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { fileRow } from "../../platform/storage/file-keeper.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { DisputesRepository } from "./disputes.repository.ts";

/** The row of a file one side sent with a timeline event. */
export const disputeFileRow = (
  file: StagedUpload,
  disputeId: string,
  eventId: string,
  side: Side,
  clock: Clock,
) => ({
  ...fileRow(file, clock.now().toISOString()),
  dispute_id: disputeId,
  event_id: eventId,
  side,
});

/** A dispute's file as the download route sends it; the caller has checked who may see the dispute. */
export async function storedFileOf(
  deps: { db: Db; disputes: DisputesRepository; evidence: EvidenceStore },
  disputeId: string,
  fileId: string,
): Promise<StoredFile> {
  const row = await deps.disputes.findFile(deps.db, disputeId, fileId);
  if (!row) throw notFound("This file");
  return {
    path: deps.evidence.pathOf(row.sha256),
    fileName: row.file_name,
    mimeType: row.mime_type,
    size: row.size_bytes,
  };
}
