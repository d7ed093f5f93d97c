import type { z } from "zod";
import type { DecideSuspensionAppeal } from "../../../contracts/reporters.ts";
import { appendAudit } from "../../platform/audit/audit-log.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { isSuspended, SUSPENSION_DAYS } from "./reporter-standing.ts";
import type { ReportersRepository } from "./reporters.repository.ts";
import type { SuspensionAppealsRepository } from "./suspension-appeals.repository.ts";

const APPEAL_ROLES = new Set(["senior_moderator", "admin"]);

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  appeals: SuspensionAppealsRepository;
  reporters: Pick<ReportersRepository, "standing">;
  publicUrl: string;
}

const userIdOf = (reporterKey: string) => (reporterKey.startsWith("user:") ? reporterKey.slice(5) : null);

/** A suspended reporter appeals its suspension once; a senior moderator or an admin lifts or keeps it. */
export function createSuspensionAppeals({ db, transact, clock, appeals, reporters, publicUrl }: Deps) {
  function requireReviewer(actor: Actor | null): Actor {
    if (!actor) throw unauthenticated();
    if (!APPEAL_ROLES.has(actor.role)) throw forbidden("Senior moderators and admins review suspensions.");
    return actor;
  }

  return {
    async file(actor: Actor | null, statement: string) {
      if (!actor) throw unauthenticated();
      const key = `user:${actor.userId}`;
      const row = await reporters.standing(db, key);
      const now = clock.now();
      if (!row || !isSuspended({ suspendedUntil: row.suspended_until }, now)) {
        throw new AppError(
          409,
          "not_suspended",
          "Your reports are not suspended: there is nothing to appeal.",
        );
      }
      // Once per suspension: an appeal made since this suspension began stands.
      const began = new Date(
        new Date(row.suspended_until!).getTime() - SUSPENSION_DAYS * 86_400_000,
      ).toISOString();
      const at = now.toISOString();
      if (!(await appeals.record(db, key, { statement, at, began })))
        throw new AppError(409, "already_appealed", "You have already appealed this suspension.");
      return { status: "pending" as const, at, reason: null };
    },

    async pending(actor: Actor | null) {
      requireReviewer(actor);
      const rows = await appeals.pending(db);
      const emails = await appeals.emailsOf(
        db,
        rows.flatMap((r) => userIdOf(r.reporter_key) ?? []),
      );
      const emailOf = (key: string) => {
        const userId = userIdOf(key);
        return (userId ? emails.get(userId) : undefined) ?? key.replace(/^email:/, "");
      };
      return rows.map((r) => ({
        reporterKey: r.reporter_key,
        email: emailOf(r.reporter_key),
        statement: r.appeal_statement ?? "",
        at: r.appeal_at ?? "",
        suspendedUntil: r.suspended_until ?? "",
      }));
    },

    async decide(actor: Actor | null, reporterKey: string, input: z.infer<typeof DecideSuspensionAppeal>) {
      const reviewer = requireReviewer(actor);
      const at = clock.now().toISOString();
      const lifted = input.outcome === "lift";
      const row = await reporters.standing(db, reporterKey);
      if (!row?.appeal_at || row.appeal_outcome) throw notFound("This appeal");
      await transact(async (tx) => {
        await appeals.recordOutcome(tx, reporterKey, { lifted, reason: input.reason, at });
        await appendAudit(tx, {
          actorUserId: reviewer.userId,
          action: "suspension_appeal.decided",
          subject: { kind: "reporter", id: reporterKey },
          data: { outcome: input.outcome, reason: input.reason },
          at,
        });
        const userId = userIdOf(reporterKey);
        const email = userId ? await appeals.emailOf(tx, userId) : reporterKey.slice(6);
        if (email) {
          await enqueue(tx, clock, {
            topic: "mail.send",
            dedupeKey: `mail:suspension-appeal:${reporterKey}:${at}`,
            payload: mailMessage("appeal-decided", email, {
              outcome: lifted ? "reversed" : "upheld",
              reason: input.reason,
              url: `${publicUrl}/my/reports`,
            }),
          });
        }
      });
    },
  };
}

export type SuspensionAppeals = ReturnType<typeof createSuspensionAppeals>;
