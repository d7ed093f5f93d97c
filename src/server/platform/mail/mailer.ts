import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A stable Message-ID, so that a resent copy of the same message can be recognised as one. */
  messageId: string;
}

export interface StoredMail extends MailMessage {
  from: string;
  sentAt: string;
}

export interface Mailer {
  readonly kind: "smtp" | "dev-mailbox";
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

/** Without SMTP, mail lands as JSON files in DATA_DIR/mailbox, which the dev mailbox page lists. */
function devMailbox(dir: string, from: string): Mailer {
  let ready: Promise<unknown> | null = null;
  return {
    kind: "dev-mailbox",
    async send(message) {
      ready ??= fs.mkdir(dir, { recursive: true });
      await ready;
      const stored: StoredMail = { ...message, from, sentAt: new Date().toISOString() };
      const name = `${stored.sentAt.replace(/[:.]/g, "-")}-${message.messageId.replace(/[^\w-]/g, "")}.json`;
      await fs.writeFile(path.join(dir, name), JSON.stringify(stored, null, 2));
    },
    async close() {},
  };
}

function smtp(url: string, from: string): Mailer {
  // Pooled: the worker sends a batch side by side over a few reused connections (parameters in the URL win).
  const transport = nodemailer.createTransport({ url, pool: true });
  return {
    kind: "smtp",
    async send(message) {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
      });
    },
    async close() {
      transport.close();
    },
  };
}

export function createMailer(options: {
  smtpUrl: string | null;
  mailFrom: string;
  dataDir: string;
  /** Development mode (config.devMailbox); left out, only when no SMTP server is given. */
  devMailbox?: boolean;
}): Mailer {
  if (options.devMailbox ?? !options.smtpUrl)
    return devMailbox(path.join(options.dataDir, "mailbox"), options.mailFrom);
  if (options.smtpUrl) return smtp(options.smtpUrl, options.mailFrom);
  throw new Error("No way to send mail: set SMTP_URL, or DEV_MAILBOX=1 in development.");
}

export async function readDevMailbox(dataDir: string, limit = 50): Promise<StoredMail[]> {
  const dir = path.join(dataDir, "mailbox");
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const newest = names
    .filter((n) => n.endsWith(".json"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    newest.map(async (n) => JSON.parse(await fs.readFile(path.join(dir, n), "utf8")) as StoredMail),
  );
}

// Password-reset and email-confirmation links: whoever opens one is signed in as the account's owner.
const SIGN_IN_LINK = /https?:\/\/\S+\/api\/auth\/(?:reset-password|verify-email)\S*/g;

/** The text with every link that signs in replaced by a note; the rest (receipts, tracking links) stays. */
export function hideSignInLinks(text: string): string {
  return text.replace(SIGN_IN_LINK, "[link hidden: only an admin or the signed-in recipient sees it]");
}
