import type { Clock } from "../../platform/clock.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import type { Mailer, MailMessage } from "../../platform/mail/mailer.ts";
import type { OutboxHandler } from "../../platform/outbox/outbox.ts";
import { withPrivateLinks } from "../reports/reports.links.ts";

/**
 * The outbox handler for `mail.send`: the message was rendered when the event happened; links to a
 * guest's report become its private link as the mail goes out (with `db`; without it, as rendered).
 */
export function mailHandler(mailer: Mailer, links?: { db: DbOrTx; clock: Clock }): OutboxHandler {
  return async (payload) => {
    const message = payload as MailMessage;
    await mailer.send(links ? await withPrivateLinks(links.db, links.clock, message) : message);
  };
}
