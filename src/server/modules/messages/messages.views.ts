import type { Message, MessageAttachment, ThreadSummary } from "../../../contracts/messages.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import type { MessageAttachmentTable, MessageSide } from "../../platform/db/schema.messages.ts";
import { groupBy } from "../../platform/group-by.ts";
import type { StoredFile } from "../../platform/http/send-stored-file.ts";
import { shortName } from "../../platform/short-name.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { domainsAbove, findLinks, partsOf } from "./messages.links.ts";
import { mayReportAsPhishing, roleOf, warningsFor } from "./messages.policy.ts";
import type { MessageRow, MessagesRepository, ThreadRow } from "./messages.repository.ts";

const PREVIEW_LENGTH = 140;

/** The start of a message, on one line, for the thread lists. */
export const previewOf = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > PREVIEW_LENGTH ? `${line.slice(0, PREVIEW_LENGTH - 1)}…` : line;
};

/** A thread as its lists show it to one side. */
export function threadSummary(row: ThreadRow, side: MessageSide): ThreadSummary {
  return {
    id: row.id,
    role: roleOf(side),
    store: { id: row.store_id, name: row.store_name },
    buyerName: shortName(row.buyer_name),
    orderId: row.order_id,
    lastMessageAt: row.last_message_at,
    lastPreview: row.last_preview,
    lastFromMe: row.last_sender_side === side,
    unread: Number(side === "buyer" ? row.buyer_unread : row.store_unread),
  };
}

export interface MessageViewDeps {
  messages: Pick<MessagesRepository, "attachmentsOf" | "blockedAmong">;
  /** The marketplace's own hosts: links to them are not external. */
  marketplaceHosts: Set<string>;
}

/** Who reads the messages, and where the files of a message are fetched from for them. */
export interface Reader {
  side: MessageSide | "staff";
  attachmentUrl: (file: MessageAttachmentTable) => string;
}

/** A message's file as the download route sends it; the caller has checked who may read the thread. */
export const storedFileOf = (evidence: EvidenceStore, file: MessageAttachmentTable): StoredFile => ({
  path: evidence.pathOf(file.sha256),
  fileName: file.file_name,
  mimeType: file.mime_type,
  size: Number(file.size_bytes),
});

const attachmentView = (file: MessageAttachmentTable, reader: Reader): MessageAttachment => ({
  id: file.id,
  fileName: file.file_name,
  mimeType: file.mime_type,
  sizeBytes: Number(file.size_bytes),
  url: reader.attachmentUrl(file),
});

/**
 * Messages as one reader sees them, in three queries whatever their number: the rows, their files, and
 * which of their links' domains are blocked.
 */
export function createMessageViews({ messages, marketplaceHosts }: MessageViewDeps) {
  return async function viewsOf(
    db: DbOrTx,
    thread: ThreadRow,
    rows: MessageRow[],
    reader: Reader,
  ): Promise<Message[]> {
    const domains = rows.flatMap((r) => findLinks(r.body).flatMap((l) => domainsAbove(l.domain)));
    const [files, blocked] = await Promise.all([
      messages.attachmentsOf(
        db,
        rows.map((r) => r.id),
      ),
      messages.blockedAmong(db, domains),
    ]);
    const filesOf = groupBy(files, (f) => f.message_id);
    return rows.map((row) => {
      const sent = {
        id: row.id,
        threadId: row.thread_id,
        from: row.sender_side,
        mine: row.sender_side === reader.side,
        senderName: row.sender_side === "store" ? thread.store_name : shortName(thread.buyer_name),
        sentAt: row.created_at,
        hiddenAt: row.hidden_at,
      };
      // A hidden message keeps its place in the conversation, and nothing of what it said.
      if (row.hidden_at)
        return { ...sent, text: "", parts: [], attachments: [], warnings: [], mayReport: false };
      return {
        ...sent,
        text: row.body,
        parts: partsOf(row.body, marketplaceHosts, blocked),
        attachments: (filesOf.get(row.id) ?? []).map((f) => attachmentView(f, reader)),
        warnings: warningsFor(reader.side, row.sender_side, row.risks),
        mayReport: mayReportAsPhishing(reader.side, row.sender_side),
      };
    });
  };
}

export type MessageViews = ReturnType<typeof createMessageViews>;
