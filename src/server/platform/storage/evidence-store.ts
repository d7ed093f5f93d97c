import crypto from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { newId } from "../ids.ts";

export interface StagedFile {
  tempPath: string;
  sha256: string;
  sizeBytes: number;
}

/**
 * Evidence files, stored by the SHA-256 of their content under DATA_DIR/evidence, never under a name the
 * user chose. Uploads are streamed to a staging file while hashed, then moved into place on commit.
 */
export interface EvidenceStore {
  stage(stream: Readable): Promise<StagedFile>;
  /** Moves a staged file into place. Returns true when the blob is new (so a rollback may delete it). */
  commit(file: StagedFile): Promise<boolean>;
  discard(file: StagedFile): Promise<void>;
  remove(sha256: string): Promise<void>;
  pathOf(sha256: string): string;
  exists(sha256: string): Promise<boolean>;
}

export function createEvidenceStore(dataDir: string): EvidenceStore {
  const root = path.join(dataDir, "evidence");
  const staging = path.join(dataDir, "staging");
  const pathOf = (sha: string) => path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  const exists = (sha: string) =>
    fsp.access(pathOf(sha)).then(
      () => true,
      () => false,
    );

  return {
    pathOf,
    exists,
    async stage(stream) {
      await fsp.mkdir(staging, { recursive: true });
      const tempPath = path.join(staging, newId());
      const hash = crypto.createHash("sha256");
      let sizeBytes = 0;
      stream.on("data", (chunk: Buffer) => {
        hash.update(chunk);
        sizeBytes += chunk.length;
      });
      try {
        await pipeline(stream, fs.createWriteStream(tempPath, { flags: "wx" }));
      } catch (error) {
        await fsp.rm(tempPath, { force: true });
        throw error;
      }
      return { tempPath, sha256: hash.digest("hex"), sizeBytes };
    },
    async commit(file) {
      const target = pathOf(file.sha256);
      if (await exists(file.sha256)) {
        await fsp.rm(file.tempPath, { force: true });
        return false;
      }
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const handle = await fsp.open(file.tempPath, "r");
      await handle.sync();
      await handle.close();
      await fsp.rename(file.tempPath, target);
      return true;
    },
    discard: (file) => fsp.rm(file.tempPath, { force: true }),
    remove: (sha) => fsp.rm(pathOf(sha), { force: true }),
  };
}
