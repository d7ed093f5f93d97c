import { EXPIRY_WARNING_DAYS, RIGHT_TYPE_NAMES } from "../../../contracts/rights.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { addDays, isoDay } from "./rights.policy.ts";
import type { RightsRepository } from "./rights.repository.ts";

interface TimerDeps {
  db: Db;
  transact: Transact;
  clock: Clock;
  rights: Pick<RightsRepository, "dueExpiryWarnings" | "markExpiryWarned">;
  /** Without it the mail names the page instead of linking to it. */
  publicUrl?: string;
}

/** "26 December 2026": mails are read anywhere, so the date is spelled out, never 12/26 or 26/12. */
const spelledOut = (day: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );

/**
 * Mails the holder of every verified right that runs out within EXPIRY_WARNING_DAYS, once per right: the
 * right is marked in the same transaction as the mail is queued, and the mail's dedupe key holds the end
 * date, so that neither a second worker nor a second pass can send it again. Returns how many were queued.
 */
export async function warnExpiringRights({ db, transact, clock, rights, publicUrl = "" }: TimerDeps) {
  const today = isoDay(clock.now());
  const due = await rights.dueExpiryWarnings(db, today, addDays(today, EXPIRY_WARNING_DAYS));
  let queued = 0;
  for (const right of due) {
    const sent = await transact(async (tx) => {
      if (!(await rights.markExpiryWarned(tx, right.id, clock.now().toISOString()))) return false;
      await enqueue(tx, clock, {
        topic: "mail.send",
        dedupeKey: `mail:right.expiring:${right.id}:${right.valid_to}`,
        payload: mailMessage("right-expiring", right.contact_email, {
          typeName: RIGHT_TYPE_NAMES[right.type],
          registrationNumber: right.registration_number,
          office: right.office,
          validTo: spelledOut(right.valid_to!),
          url: publicUrl ? `${publicUrl}/rights` : "",
        }),
      });
      return true;
    });
    if (sent) queued += 1;
  }
  return queued;
}
