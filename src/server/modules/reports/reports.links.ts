import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Write } from "../../platform/db/transactions.ts";
import type { MailMessage } from "../../platform/mail/mailer.ts";
import { mintMailedToken } from "./reports.access.ts";
import { createReportsRepository } from "./reports.repository.ts";

const repo = createReportsRepository();
const REPORT_LINK = /(https?:\/\/[^\s"'<>]+?)\/my\/reports\/([0-9a-f-]{36})(?![\w/-])/g;

/**
 * Mails to reporters link to the report's page, `/my/reports/<id>`, which a guest cannot open: it has no
 * account. As such a mail is sent to the guest's own address, each of those links becomes the guest's
 * private link, `/track/<id>?token=…`, with a token minted for this mail. Minting at sending time keeps
 * the secret out of the outbox (only its hash is stored), and every mail's link keeps working. The token
 * is written through the group commit (`write`), as mails go out side by side.
 */
export async function withPrivateLinks(
  { db, write, clock }: { db: Db; write: Write; clock: Clock },
  message: MailMessage,
): Promise<MailMessage> {
  const ids = new Set([...message.text.matchAll(REPORT_LINK)].map((m) => m[2]!));
  if (ids.size === 0) return message;
  const tokens = new Map<string, string>();
  for (const id of ids) {
    const report = await repo.findById(db, id);
    if (!report || report.reporter_user_id) continue;
    if (report.contact_email.toLowerCase() !== message.to.trim().toLowerCase()) continue;
    tokens.set(id, await write((w) => mintMailedToken(w, id, clock.now().toISOString())));
  }
  if (tokens.size === 0) return message;
  const rewrite = (s: string) =>
    s.replace(REPORT_LINK, (link, origin: string, id: string) => {
      const token = tokens.get(id);
      return token ? `${origin}/track/${id}?token=${token}` : link;
    });
  return { ...message, text: rewrite(message.text), html: message.html && rewrite(message.html) };
}
