import type { Mailer, MailMessage } from "../../platform/mail/mailer.ts";
import type { OutboxHandler } from "../../platform/outbox/outbox.ts";

/** The outbox handler for `mail.send`: the message was rendered when the event happened. */
export function mailHandler(mailer: Mailer): OutboxHandler {
  return async (payload) => {
    await mailer.send(payload as MailMessage);
  };
}
