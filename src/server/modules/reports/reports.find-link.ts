import type { FindReportLink } from "../../../contracts/reports.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { newId, sha256Hex } from "../../platform/ids.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { normaliseReporterEmail } from "./reporter-email.ts";
import type { ReportsRepository } from "./reports.repository.ts";

/** Link mails one address may get in an hour; requests past that are answered alike and send nothing. */
export const LINK_MAILS_PER_HOUR = 3;

export const FIND_LINK_ANSWER =
  "If a report with this reference was filed with this email address, we have sent a new private link to it. " +
  "It can take a few minutes to arrive.";

interface Deps {
  db: Db;
  clock: Clock;
  reports: ReportsRepository;
  publicUrl: string;
}

/**
 * A lost private link, asked for again by reference and email. The answer is the same whether or not the
 * report exists and the address matches; only the address the report was filed with gets the mail, so
 * the answer tells nothing to someone who does not read that mailbox.
 */
export function createFindLink(deps: Deps) {
  return async function findLink(input: FindReportLink) {
    const report = await deps.reports.findByReference(deps.db, input.reference.trim().toUpperCase());
    const mailbox = normaliseReporterEmail(input.email);
    if (report && normaliseReporterEmail(report.contact_email) === mailbox) {
      const now = deps.clock.now();
      const prefix = `mail:report-link:${sha256Hex(mailbox)}:`;
      const since = new Date(now.getTime() - 3_600_000).toISOString();
      if ((await deps.reports.countLinkMailsSince(deps.db, prefix, since)) < LINK_MAILS_PER_HOUR) {
        await enqueue(deps.db, deps.clock, {
          topic: "mail.send",
          dedupeKey: `${prefix}${newId()}`,
          // The mail handler turns this into the guest's private link as the mail is sent.
          payload: mailMessage("report-link", report.contact_email, {
            reference: report.reference,
            url: `${deps.publicUrl}/my/reports/${report.id}`,
          }),
        });
      }
    }
    return { message: FIND_LINK_ANSWER };
  };
}
