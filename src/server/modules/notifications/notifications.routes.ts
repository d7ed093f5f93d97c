import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { readDevMailbox } from "../../platform/mail/mailer.ts";

const StoredMail = z.object({
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  sentAt: z.string(),
  messageId: z.string(),
});

/** The development mailbox: only mounted when no SMTP server is configured. */
export function devMailboxRoutes(dataDir: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/dev/mailbox",
      {
        schema: {
          tags: ["development"],
          summary: "Mail the app sent, while no SMTP server is configured (newest first)",
          response: { 200: z.object({ items: z.array(StoredMail) }) },
        },
      },
      async () => ({ items: await readDevMailbox(dataDir) }),
    );
  };
}
