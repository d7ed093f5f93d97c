import { z } from "zod";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { MessagesRepository } from "./messages.repository.ts";

/**
 * Queued with a message that opens a waiting period (its recipient had nothing unread in the thread), to
 * be handled an hour later: if the recipient has not read the thread since, it gets one email. Messages
 * that follow in the same waiting period queue nothing, so it is one email per thread and recipient.
 */
export const MESSAGE_WAITING = "messages.waiting";

export const MessageWaiting = z.object({
  threadId: z.string(),
  /** The recipient's side. */
  side: z.enum(["buyer", "store"]),
  messageId: z.string(),
  sentAt: z.string(),
});
export type MessageWaiting = z.infer<typeof MessageWaiting>;

interface Deps {
  db: Db;
  clock: Clock;
  messages: Pick<MessagesRepository, "waitsUnread" | "findThread" | "emailOf">;
  publicUrl: string;
}

/** The outbox handler: the email to the recipient of a message still unread, or nothing. */
export function remindOfWaitingMessage(deps: Deps) {
  return async (payload: unknown) => {
    const waiting = MessageWaiting.parse(payload);
    const { db, messages } = deps;
    if (!(await messages.waitsUnread(db, waiting.threadId, waiting.side, waiting.sentAt))) return;
    const thread = await messages.findThread(db, waiting.threadId);
    const recipient = waiting.side === "buyer" ? thread?.buyer_user_id : thread?.seller_user_id;
    if (!thread || !recipient) return;
    const person = await messages.emailOf(db, recipient);
    if (!person) return;
    await enqueue(db, deps.clock, {
      topic: "mail.send",
      dedupeKey: `mail:message-waiting:${waiting.threadId}:${waiting.side}:${waiting.messageId}`,
      payload: mailMessage("message-waiting", person.email, {
        name: person.name,
        from: waiting.side === "buyer" ? thread.store_name : "A buyer",
        about: thread.order_id ? `your order ${thread.order_id}` : `the store ${thread.store_name}`,
        url: `${deps.publicUrl}/messages/${thread.id}`,
      }),
    });
  };
}
