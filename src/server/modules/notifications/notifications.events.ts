import { z } from "zod";

/** The `mail.send` outbox topic: a message rendered when the event happened, sent by the worker. */
export const MailSendPayload = z.object({
  to: z.string().min(1),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  messageId: z.string().min(1),
});

export const NOTIFICATION_TOPICS = { "mail.send": MailSendPayload } as const;
