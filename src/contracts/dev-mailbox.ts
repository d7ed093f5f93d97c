import { z } from "zod";

/** A mail as the development mailbox keeps it (only in development mode, without an SMTP server). */
export const StoredMail = z.object({
  to: z.string(),
  from: z.string(),
  subject: z.string(),
  text: z.string(),
  sentAt: z.string(),
  messageId: z.string(),
  /** Links that sign in or set a password are shown only to admins and to the mail's own recipient. */
  linksHidden: z.boolean(),
});

export const Mailbox = z.object({ items: z.array(StoredMail) });
