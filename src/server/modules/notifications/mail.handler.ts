import type { Mailer, MailMessage } from "../../platform/mail/mailer.ts";
import type { OutboxHandler } from "../../platform/outbox/outbox.ts";
import { MailSendPayload } from "./notifications.events.ts";

/** A module's last word on a mail as it goes out (e.g. a guest's private link minted at sending time). */
export type MailRewrite = (message: MailMessage) => Promise<MailMessage>;

/**
 * The outbox handler for `mail.send`: the message was rendered when the event happened; each rewrite
 * the modules gave runs on it as it goes out. A payload that does not parse fails the attempt loudly.
 */
export function mailHandler(mailer: Mailer, rewrites: MailRewrite[] = []): OutboxHandler {
  return async (payload) => {
    let message: MailMessage = MailSendPayload.parse(payload);
    for (const rewrite of rewrites) message = await rewrite(message);
    await mailer.send(message);
  };
}
