import type { Db, Tx } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { newId } from "../../platform/ids.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { RightsRepository } from "./rights.repository.ts";

/**
 * Runs `work` in a transaction and moves the staged files into the evidence store as its last step: a
 * blob on disk without its row is harmless, a row without its blob is not. When the transaction fails, the
 * blobs it brought in are removed again unless some other stored row (a report's evidence, say) uses them.
 */
export function createFileKeeper(deps: {
  db: Db;
  transact: Transact;
  evidence: EvidenceStore;
  rights: RightsRepository;
}) {
  const { db, transact, evidence, rights } = deps;
  return async function keepWith<T>(files: StagedUpload[], work: (tx: Tx) => Promise<T>): Promise<T> {
    const fresh: string[] = [];
    try {
      return await transact(async (tx) => {
        const result = await work(tx);
        for (const f of files) if (await evidence.commit(f.staged)) fresh.push(f.staged.sha256);
        return result;
      });
    } catch (error) {
      for (const sha of fresh) if (!(await rights.isBlobUsed(db, sha))) await evidence.remove(sha);
      throw error;
    }
  };
}

/** The row that describes a staged file, ready to insert beside its owner. */
export function fileRow(file: StagedUpload, at: string) {
  return {
    id: newId(),
    sha256: file.staged.sha256,
    size_bytes: file.staged.sizeBytes,
    mime_type: file.mimeType,
    file_name: file.fileName,
    created_at: at,
  };
}
