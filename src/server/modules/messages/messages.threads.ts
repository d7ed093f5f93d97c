import { z } from "zod";
import {
  type Message,
  type SendMessage,
  type StartThread,
  type ThreadLookup,
  type ThreadRole,
  type ThreadSummary,
  UNREAD_MAIL_AFTER_MINUTES,
  type UnreadCounts,
} from "../../../contracts/messages.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, Tx } from "../../platform/db/database.ts";
import { keysetCursor } from "../../platform/db/pagination.ts";
import type { MessageSide } from "../../platform/db/schema.messages.ts";
import { forbidden, invalidInput, notFound, unauthenticated } from "../../platform/http/errors.ts";
import type { StoredFile } from "../../platform/http/send-stored-file.ts";
import { newId } from "../../platform/ids.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { fileRow } from "../../platform/storage/file-keeper.ts";
import type { StagedUpload } from "../../platform/storage/form-intake.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import { otherSide, sideOf } from "./messages.policy.ts";
import { MESSAGE_WAITING, type MessageWaiting } from "./messages.reminders.ts";
import type { MessagesRepository, ThreadKey, ThreadRow } from "./messages.repository.ts";
import { risksOf } from "./messages.risk.ts";
import { type MessageViews, previewOf, storedFileOf, threadSummary } from "./messages.views.ts";

const threadCursor = keysetCursor(z.tuple([z.string(), z.string()]));
const messageCursor = keysetCursor(z.tuple([z.string()]));

interface Deps {
  db: Db;
  clock: Clock;
  messages: MessagesRepository;
  views: MessageViews;
  orders: CatalogPorts["orders"];
  evidence: EvidenceStore;
  /** Runs the work in a transaction and keeps the staged files with it (see file-keeper.ts). */
  keepWith: <T>(files: StagedUpload[], work: (tx: Tx) => Promise<T>) => Promise<T>;
}

const subjectOf = (storeId: string, buyerUserId: string, orderId: string | undefined) =>
  orderId ? `order:${orderId}` : `general:${storeId}:${buyerUserId}`;

/** Threads between buyers and stores: opening one, writing, reading, the lists and the unread counts. */
export function createThreadsService(deps: Deps) {
  const { db, clock, messages } = deps;

  const signedIn = (actor: Actor | null): Actor => {
    if (!actor) throw unauthenticated();
    return actor;
  };

  /** The thread and the side the actor reads it from: 404 when there is none, 403 when it is not the actor's. */
  async function partyOf(actor: Actor | null, threadId: string) {
    const user = signedIn(actor);
    const thread = await messages.findThread(db, threadId);
    if (!thread) throw notFound("This conversation");
    const side = sideOf(thread, user.userId);
    if (!side) throw forbidden("Only the buyer and the store's seller can read this conversation.");
    return { thread, side, user };
  }

  /** The store written to, and the order it is about: the buyer's own order from that store. */
  async function subjectFor(user: Actor, storeId: string, orderId: string | undefined) {
    const store = await messages.storeOf(db, storeId);
    if (!store) throw notFound("This store");
    if (store.seller_user_id === user.userId) throw forbidden("This is your own store.");
    if (!orderId) return { store, orderId: null };
    const order = await deps.orders.find(db, orderId);
    if (!order) throw notFound("This order");
    if (order.buyer_user_id !== user.userId)
      throw forbidden("Only the buyer of an order can write about it.");
    if (order.store_id !== storeId) throw invalidInput({ orderId: "This order is not from this store." });
    return { store, orderId };
  }

  /**
   * Writes one message into a thread, in the caller's transaction: the other side gets one more unread;
   * a first unread opens a waiting period, whose email is queued to go an hour later unless it is read
   * by then; the store's first reply records how long the buyer waited.
   */
  async function post(
    tx: Tx,
    thread: ThreadRow,
    from: MessageSide,
    user: Actor,
    text: string,
    files: StagedUpload[],
  ) {
    const id = newId();
    const at = clock.now();
    const sentAt = at.toISOString();
    await messages.insertMessage(tx, {
      id,
      thread_id: thread.id,
      sender_side: from,
      hidden_at: null,
      sender_user_id: user.userId,
      body: text,
      risks_json: JSON.stringify(risksOf(text)),
      created_at: sentAt,
    });
    await messages.insertAttachments(
      tx,
      files.map((f) => ({ ...fileRow(f, sentAt), message_id: id, thread_id: thread.id })),
    );
    const unread = await messages.recordMessage(tx, thread.id, {
      id,
      from,
      at: sentAt,
      preview: previewOf(text),
    });
    if (unread === 1) {
      const waiting: MessageWaiting = { threadId: thread.id, side: otherSide(from), messageId: id, sentAt };
      await enqueue(tx, clock, {
        topic: MESSAGE_WAITING,
        dedupeKey: `messages.waiting:${thread.id}:${waiting.side}:${id}`,
        payload: waiting,
        availableAt: new Date(at.getTime() + UNREAD_MAIL_AFTER_MINUTES * 60_000),
      });
    }
    if (from === "store" && thread.first_replied_at === null) {
      const waited = Math.round((at.getTime() - Date.parse(thread.created_at)) / 1000);
      await messages.recordFirstReply(tx, thread.id, sentAt, Math.max(0, waited));
    }
    return id;
  }

  async function viewOne(thread: ThreadRow, side: MessageSide, id: string): Promise<Message> {
    const row = (await messages.findMessage(db, id))!;
    const [view] = await deps.views(db, thread, [row], {
      side,
      attachmentUrl: (f) => `/api/v1/threads/${thread.id}/attachments/${f.id}`,
    });
    return view!;
  }

  return {
    /** The buyer's first message to a store: its general thread or its order's, opened if need be. */
    async start(actor: Actor | null, input: z.output<typeof StartThread>, files: StagedUpload[]) {
      const user = signedIn(actor);
      const { store, orderId } = await subjectFor(user, input.storeId, input.orderId);
      const subject = subjectOf(store.id, user.userId, orderId ?? undefined);
      const at = clock.now().toISOString();
      const { thread, id } = await deps.keepWith(files, async (tx) => {
        await messages.insertThreadIfNew(tx, {
          id: newId(),
          store_id: store.id,
          buyer_user_id: user.userId,
          order_id: orderId,
          subject_key: subject,
          created_at: at,
          last_message_id: "",
          last_message_at: at,
          last_sender_side: "buyer",
          last_preview: "",
          buyer_unread: 0,
          store_unread: 0,
          buyer_read_at: null,
          store_read_at: null,
          first_replied_at: null,
          first_reply_seconds: null,
        });
        const opened = (await messages.findThreadBySubject(tx, subject))!;
        return { thread: opened, id: await post(tx, opened, "buyer", user, input.text, files) };
      });
      return { thread: threadSummary(thread, "buyer"), message: await viewOne(thread, "buyer", id) };
    },

    async send(
      actor: Actor | null,
      threadId: string,
      input: z.output<typeof SendMessage>,
      files: StagedUpload[],
    ) {
      const { thread, side, user } = await partyOf(actor, threadId);
      const id = await deps.keepWith(files, (tx) => post(tx, thread, side, user, input.text, files));
      return viewOne(thread, side, id);
    },

    /** Everything in the thread is read by the one asking: its unread count goes to 0. */
    async markRead(actor: Actor | null, threadId: string): Promise<ThreadSummary> {
      const { thread, side } = await partyOf(actor, threadId);
      await messages.markRead(db, thread.id, side, clock.now().toISOString());
      return threadSummary((await messages.findThread(db, thread.id))!, side);
    },

    async thread(actor: Actor | null, threadId: string): Promise<ThreadSummary> {
      const { thread, side } = await partyOf(actor, threadId);
      return threadSummary(thread, side);
    },

    /** A page of the thread's messages, newest first. */
    async messages(actor: Actor | null, threadId: string, query: { cursor?: string; limit: number }) {
      const { thread, side } = await partyOf(actor, threadId);
      const [before] = messageCursor.decode(query.cursor) ?? [null];
      const rows = await messages.messagesPage(db, thread.id, before, query.limit + 1);
      const page = messageCursor.page(
        rows,
        query.limit,
        (r) => [r.id],
        (r) => r,
      );
      const items = await deps.views(db, thread, page.items, {
        side,
        attachmentUrl: (f) => `/api/v1/threads/${thread.id}/attachments/${f.id}`,
      });
      return { items, nextCursor: page.nextCursor };
    },

    async list(actor: Actor | null, query: { role: ThreadRole; cursor?: string; limit: number }) {
      const user = signedIn(actor);
      const before = threadCursor.decode(query.cursor) as ThreadKey | null;
      const who = query.role === "buyer" ? { buyerUserId: user.userId } : { sellerUserId: user.userId };
      const rows = await messages.listThreads(db, who, before, query.limit + 1);
      const side: MessageSide = query.role === "buyer" ? "buyer" : "store";
      return threadCursor.page(
        rows,
        query.limit,
        (r) => [r.last_message_at, r.id],
        (r) => threadSummary(r, side),
      );
    },

    async unread(actor: Actor | null): Promise<UnreadCounts> {
      const user = signedIn(actor);
      const counts = await messages.unreadCounts(db, user.userId);
      return { ...counts, total: counts.buyer + counts.seller };
    },

    /** Before writing to a store: the store, and the thread with it (or about the order) if there is one. */
    async lookup(actor: Actor | null, query: { storeId: string; orderId?: string }): Promise<ThreadLookup> {
      const user = signedIn(actor);
      const { store, orderId } = await subjectFor(user, query.storeId, query.orderId);
      const existing = await messages.findThreadBySubject(
        db,
        subjectOf(store.id, user.userId, orderId ?? undefined),
      );
      return {
        store: { id: store.id, name: store.name },
        orderId,
        thread: existing ? threadSummary(existing, "buyer") : null,
      };
    },

    /** A file of one of the thread's messages, for its two parties. */
    async attachment(actor: Actor | null, threadId: string, fileId: string): Promise<StoredFile> {
      const { thread } = await partyOf(actor, threadId);
      const file = await messages.findAttachment(db, thread.id, fileId);
      if (!file) throw notFound("This file");
      return storedFileOf(deps.evidence, file);
    },
  };
}

export type ThreadsService = ReturnType<typeof createThreadsService>;
