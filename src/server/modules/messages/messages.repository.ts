import { z } from "zod";
import { RiskCode } from "../../../contracts/messages.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type {
  MessageAttachmentTable,
  MessageSide,
  MessageTable,
  MessageThreadTable,
} from "../../platform/db/schema.messages.ts";

const StoredRisks = jsonText(z.array(RiskCode));

/** A message with its risks read. */
export const toMessage = (row: MessageTable) => ({ ...row, risks: StoredRisks.parse(row.risks_json) });
export type MessageRow = ReturnType<typeof toMessage>;

/** The columns a thread's lists and pages show, with its store's name and seller and its buyer's name. */
const threadWithNames = (db: DbOrTx) =>
  db
    .selectFrom("message_threads")
    .innerJoin("stores", "stores.id", "message_threads.store_id")
    .innerJoin("user", "user.id", "message_threads.buyer_user_id")
    .selectAll("message_threads")
    .select(["stores.name as store_name", "stores.seller_user_id", "user.name as buyer_name"]);

export type ThreadRow = Awaited<ReturnType<ReturnType<typeof threadWithNames>["executeTakeFirstOrThrow"]>>;

/** A list's sort key: newest activity first, the id breaking ties. */
export type ThreadKey = [string, string];

const unreadOf = (side: MessageSide) => (side === "buyer" ? "buyer_unread" : "store_unread");
const readAtOf = (side: MessageSide) => (side === "buyer" ? "buyer_read_at" : "store_read_at");

export function createMessagesRepository() {
  return {
    findThread: (db: DbOrTx, id: string) =>
      threadWithNames(db).where("message_threads.id", "=", id).executeTakeFirst(),

    findThreadBySubject: (db: DbOrTx, subjectKey: string) =>
      threadWithNames(db).where("message_threads.subject_key", "=", subjectKey).executeTakeFirst(),

    /** Opens the thread of a subject, unless it is open already (two first messages at once make one). */
    insertThreadIfNew: (tx: DbOrTx, row: MessageThreadTable) =>
      tx
        .insertInto("message_threads")
        .values(row)
        .onConflict((oc) => oc.column("subject_key").doNothing())
        .execute(),

    insertMessage: (tx: DbOrTx, row: MessageTable) => tx.insertInto("messages").values(row).execute(),

    insertAttachments: (tx: DbOrTx, rows: MessageAttachmentTable[]) =>
      rows.length === 0 ? Promise.resolve() : tx.insertInto("message_attachments").values(rows).execute(),

    /**
     * A new message: one more unread for the other side, and the thread's latest message unless a later
     * one got there first. Answers the other side's unread count after it: 1 opens a waiting period.
     */
    async recordMessage(
      tx: DbOrTx,
      threadId: string,
      message: { id: string; from: MessageSide; at: string; preview: string },
    ): Promise<number> {
      const recipient = unreadOf(message.from === "buyer" ? "store" : "buyer");
      const row = await tx
        .updateTable("message_threads")
        .set((eb) => {
          const later = eb("last_message_id", "<", message.id);
          return {
            [recipient]: eb(eb.ref(recipient), "+", 1),
            last_message_id: eb.case().when(later).then(message.id).else(eb.ref("last_message_id")).end(),
            last_message_at: eb.case().when(later).then(message.at).else(eb.ref("last_message_at")).end(),
            last_sender_side: eb.case().when(later).then(message.from).else(eb.ref("last_sender_side")).end(),
            last_preview: eb.case().when(later).then(message.preview).else(eb.ref("last_preview")).end(),
          };
        })
        .where("id", "=", threadId)
        .returning([recipient])
        .executeTakeFirstOrThrow();
      return Number((row as Record<string, number>)[recipient]);
    },

    /** The store's first reply: recorded once, with how long the buyer waited for it. */
    recordFirstReply: (tx: DbOrTx, threadId: string, at: string, seconds: number) =>
      tx
        .updateTable("message_threads")
        .set({ first_replied_at: at, first_reply_seconds: seconds })
        .where("id", "=", threadId)
        .where("first_replied_at", "is", null)
        .execute(),

    /** One side has read everything in the thread up to now. */
    markRead: (tx: DbOrTx, threadId: string, side: MessageSide, at: string) =>
      tx
        .updateTable("message_threads")
        .set({ [unreadOf(side)]: 0, [readAtOf(side)]: at })
        .where("id", "=", threadId)
        .execute(),

    /** Whether a message still waits unread by one side: nothing read since it was sent. */
    async waitsUnread(db: DbOrTx, threadId: string, side: MessageSide, sentAt: string) {
      const row = await db
        .selectFrom("message_threads")
        .select([unreadOf(side), readAtOf(side)])
        .where("id", "=", threadId)
        .executeTakeFirst();
      if (!row) return false;
      const values = row as Record<string, string | number | null>;
      const readAt = values[readAtOf(side)] as string | null;
      return Number(values[unreadOf(side)]) > 0 && (readAt === null || readAt < sentAt);
    },

    /** A buyer's threads, or the threads of the stores a seller owns, newest activity first. */
    listThreads(
      db: DbOrTx,
      who: { buyerUserId: string } | { sellerUserId: string },
      before: ThreadKey | null,
      limit: number,
    ) {
      return threadWithNames(db)
        .$if("buyerUserId" in who, (q) =>
          q.where("message_threads.buyer_user_id", "=", (who as { buyerUserId: string }).buyerUserId),
        )
        .$if("sellerUserId" in who, (q) =>
          q.where("stores.seller_user_id", "=", (who as { sellerUserId: string }).sellerUserId),
        )
        .$if(before !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb("message_threads.last_message_at", "<", before![0]),
              eb.and([
                eb("message_threads.last_message_at", "=", before![0]),
                eb("message_threads.id", "<", before![1]),
              ]),
            ]),
          ),
        )
        .orderBy("message_threads.last_message_at", "desc")
        .orderBy("message_threads.id", "desc")
        .limit(limit)
        .execute();
    },

    /** A user's unread messages as a buyer and in its stores' threads, and whether it has stores. */
    async unreadCounts(db: DbOrTx, userId: string) {
      const [buyer, seller] = await Promise.all([
        db
          .selectFrom("message_threads")
          .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("buyer_unread"), eb.lit(0)).as("n"))
          .where("buyer_user_id", "=", userId)
          .where("buyer_unread", ">", 0)
          .executeTakeFirstOrThrow(),
        db
          .selectFrom("stores")
          .leftJoin("message_threads", (join) =>
            join
              .onRef("message_threads.store_id", "=", "stores.id")
              .on("message_threads.store_unread", ">", 0),
          )
          .select((eb) => [
            eb.fn.coalesce(eb.fn.sum<number>("message_threads.store_unread"), eb.lit(0)).as("n"),
            eb.fn.count<number>("stores.id").as("stores"),
          ])
          .where("stores.seller_user_id", "=", userId)
          .executeTakeFirstOrThrow(),
      ]);
      return { buyer: Number(buyer.n), seller: Number(seller.n), hasStores: Number(seller.stores) > 0 };
    },

    /** A page of a thread's messages, newest first, keyset-paged on the (time-ordered) id. */
    messagesPage: (db: DbOrTx, threadId: string, beforeId: string | null, limit: number) =>
      db
        .selectFrom("messages")
        .selectAll()
        .where("thread_id", "=", threadId)
        .$if(beforeId !== null, (q) => q.where("id", "<", beforeId!))
        .orderBy("id", "desc")
        .limit(limit)
        .execute()
        .then((rows) => rows.map(toMessage)),

    findMessage: (db: DbOrTx, id: string) =>
      db
        .selectFrom("messages")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst()
        .then((row) => row && toMessage(row)),

    /** The message, its row locked until the transaction ends (PostgreSQL; SQLite has one writer anyway). */
    lockMessage: (tx: DbOrTx, id: string, lock: boolean) =>
      tx
        .selectFrom("messages")
        .selectAll()
        .where("id", "=", id)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst()
        .then((row) => row && toMessage(row)),

    attachmentsOf: (db: DbOrTx, messageIds: string[]) =>
      messageIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom("message_attachments")
            .selectAll()
            .where("message_id", "in", messageIds)
            .orderBy("id")
            .execute(),

    /** A file of a message of the thread, unless a decision hid its message. */
    findAttachment: (db: DbOrTx, threadId: string, id: string) =>
      db
        .selectFrom("message_attachments")
        .innerJoin("messages", "messages.id", "message_attachments.message_id")
        .selectAll("message_attachments")
        .where("message_attachments.thread_id", "=", threadId)
        .where("message_attachments.id", "=", id)
        .where("messages.hidden_at", "is", null)
        .executeTakeFirst(),

    /**
     * Hides a message or shows it again. A hidden message that was the thread's last also leaves the
     * thread's preview, so that its text is nowhere to be read.
     */
    async setHidden(tx: DbOrTx, id: string, hiddenAt: string | null, preview: (row: MessageTable) => string) {
      const row = await tx
        .updateTable("messages")
        .set({ hidden_at: hiddenAt })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      if (!row) return;
      await tx
        .updateTable("message_threads")
        .set({ last_preview: preview(row) })
        .where("id", "=", row.thread_id)
        .where("last_message_id", "=", row.id)
        .execute();
    },

    /** The first-reply times of the threads buyers opened with a store since a moment (null: no reply yet). */
    replyTimesSince: (db: DbOrTx, storeId: string, since: string) =>
      db
        .selectFrom("message_threads")
        .select("first_reply_seconds")
        .where("store_id", "=", storeId)
        .where("created_at", ">=", since)
        .execute()
        .then((rows) =>
          rows.map((r) => (r.first_reply_seconds === null ? null : Number(r.first_reply_seconds))),
        ),

    /** Which of these domains are on the block list. */
    async blockedAmong(db: DbOrTx, domains: string[]): Promise<Set<string>> {
      if (domains.length === 0) return new Set();
      const rows = await db
        .selectFrom("blocked_domains")
        .select("domain")
        .where("domain", "in", [...new Set(domains)])
        .execute();
      return new Set(rows.map((r) => r.domain));
    },

    storeOf: (db: DbOrTx, storeId: string) =>
      db
        .selectFrom("stores")
        .select(["id", "name", "seller_user_id"])
        .where("id", "=", storeId)
        .executeTakeFirst(),

    emailOf: (db: DbOrTx, userId: string) =>
      db.selectFrom("user").select(["email", "name"]).where("id", "=", userId).executeTakeFirst(),
  };
}

export type MessagesRepository = ReturnType<typeof createMessagesRepository>;
