import type { Db, DbOrTx, Tx } from "../db/database.ts";
import type { Transact } from "../db/transactions.ts";
import { newId } from "../ids.ts";
import type { EvidenceStore } from "./evidence-store.ts";
import type { StagedUpload } from "./form-intake.ts";

/**
 * Whether any stored row still uses a blob of the evidence store: reports, the vault, attachments,
 * disputes, rating photos, message files.
 */
export async function isBlobReferenced(db: DbOrTx, sha256: string): Promise<boolean> {
  const uses = await Promise.all(
    (
      [
        "evidence_files",
        "rights_holder_documents",
        "right_files",
        "attachments",
        "dispute_files",
        "feedback_photos",
        "message_attachments",
      ] as const
    ).map((table) =>
      db.selectFrom(table).select("id").where("sha256", "=", sha256).limit(1).executeTakeFirst(),
    ),
  );
  return uses.some(Boolean);
}

/**
 * Runs `work` in a transaction and moves the staged files into the evidence store as its last step: a
 * blob on disk without its row is harmless, a row without its blob is not. When the transaction fails, the
 * blobs it brought in are removed again unless some other stored row uses them.
 */
export function createFileKeeper(deps: { db: Db; transact: Transact; evidence: EvidenceStore }) {
  const { db, transact, evidence } = deps;
  return async function keepWith<T>(files: StagedUpload[], work: (tx: Tx) => Promise<T>): Promise<T> {
    const fresh: string[] = [];
    try {
      return await transact(async (tx) => {
        const result = await work(tx);
        for (const f of files) if (await evidence.commit(f.staged)) fresh.push(f.staged.sha256);
        return result;
      });
    } catch (error) {
      for (const sha of fresh) if (!(await isBlobReferenced(db, sha))) await evidence.remove(sha);
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
