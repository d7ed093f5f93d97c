import type { DbOrTx } from "../../platform/db/database.ts";
import type { AttachmentTable } from "../../platform/db/schema.ts";

export const insertAttachmentRows = async (tx: DbOrTx, rows: AttachmentTable[]) => {
  await tx.insertInto("attachments").values(rows).execute();
};

export const attachmentsOf = (db: DbOrTx, kind: string, ownerId: string) =>
  db
    .selectFrom("attachments")
    .selectAll()
    .where("owner_kind", "=", kind)
    .where("owner_id", "=", ownerId)
    .orderBy("id")
    .execute();

export const findAttachment = (db: DbOrTx, caseId: string, id: string) =>
  db
    .selectFrom("attachments")
    .selectAll()
    .where("case_id", "=", caseId)
    .where("id", "=", id)
    .executeTakeFirst();
