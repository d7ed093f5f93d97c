import { z } from "zod";

/** A mail as the development mailbox keeps it (only while no SMTP server is configured). */
export const StoredMail = z.object({
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  sentAt: z.string(),
  messageId: z.string(),
});

export const Mailbox = z.object({ items: z.array(StoredMail) });
