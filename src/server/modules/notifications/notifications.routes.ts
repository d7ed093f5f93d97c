import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { Mailbox } from "../../../contracts/dev-mailbox.ts";
import { readDevMailbox } from "../../platform/mail/mailer.ts";

/** The development mailbox: only mounted when no SMTP server is configured. */
export function devMailboxRoutes(dataDir: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/dev/mailbox",
      {
        schema: {
          tags: ["development"],
          summary: "Mail the app sent, while no SMTP server is configured (newest first)",
          response: { 200: Mailbox },
        },
      },
      async () => ({ items: await readDevMailbox(dataDir) }),
    );
  };
}
