import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Mailbox } from "../../../contracts/dev-mailbox.ts";
import { fromLoopback } from "../../platform/http/client-address.ts";
import { AppError } from "../../platform/http/errors.ts";
import { hideSignInLinks, readDevMailbox } from "../../platform/mail/mailer.ts";

const localOnly = () =>
  new AppError(
    403,
    "dev_mailbox_local_only",
    "The development mailbox can be read only on the machine that runs Redress, or by an admin.",
  );

/**
 * The development mailbox: mounted only in development mode. It holds guest tracking links and
 * reporters' addresses, so it answers only on the loopback address or to admins; links that sign in
 * (password reset, email confirmation) are shown only to admins and to the mail's own recipient.
 */
export function devMailboxRoutes(dataDir: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/dev/mailbox",
      {
        schema: {
          tags: ["development"],
          summary: "Mail the app kept in development mode (newest first); this machine or admins only",
          response: { 200: Mailbox },
        },
      },
      async (request) => {
        const admin = request.actor?.role === "admin";
        if (!admin && !fromLoopback(request)) throw localOnly();
        const me = request.actor?.email.toLowerCase();
        const mails = await readDevMailbox(dataDir);
        return {
          items: mails.map((mail) => {
            const mayOpen = admin || (me !== undefined && mail.to.toLowerCase() === me);
            const text = mayOpen ? mail.text : hideSignInLinks(mail.text);
            const { to, from, subject, sentAt, messageId } = mail;
            return { to, from, subject, sentAt, messageId, text, linksHidden: text !== mail.text };
          }),
        };
      },
    );
  };
}
