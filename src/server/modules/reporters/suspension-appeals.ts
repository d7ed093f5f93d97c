import type { z } from "zod";
import type { DecideSuspensionAppeal } from "../../../contracts/reporters.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { AppError, forbidden, notFound, unauthenticated } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import { isSuspended, SUSPENSION_DAYS } from "./reporter-standing.ts";

const APPEAL_ROLES = new Set(["senior_moderator", "admin"]);

/** A suspended reporter appeals its suspension once; a senior moderator or an admin lifts or keeps it. */
export function createSuspensionAppeals({
  db,
  clock,
  publicUrl,
}: {
  db: Db;
  clock: Clock;
  publicUrl: string;
}) {
  function requireReviewer(actor: Actor | null): Actor {
    if (!actor) throw unauthenticated();
    if (!APPEAL_ROLES.has(actor.role)) throw forbidden("Senior moderators and admins review suspensions.");
    return actor;
  }

  return {
    async file(actor: Actor | null, statement: string) {
      if (!actor) throw unauthenticated();
      const key = `user:${actor.userId}`;
      const row = await db
        .selectFrom("reporter_standing")
        .selectAll()
        .where("reporter_key", "=", key)
        .executeTakeFirst();
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
      const updated = await db
        .updateTable("reporter_standing")
        .set({
          appeal_statement: statement,
          appeal_at: at,
          appeal_outcome: null,
          appeal_reason: null,
          appeal_decided_at: null,
        })
        .where("reporter_key", "=", key)
        .where((eb) => eb.or([eb("appeal_at", "is", null), eb("appeal_at", "<", began)]))
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        throw new AppError(409, "already_appealed", "You have already appealed this suspension.");
      return { status: "pending" as const, at, reason: null };
    },

    async pending(actor: Actor | null) {
      requireReviewer(actor);
      const rows = await db
        .selectFrom("reporter_standing")
        .select(["reporter_key", "appeal_statement", "appeal_at", "suspended_until"])
        .where("appeal_at", "is not", null)
        .where("appeal_outcome", "is", null)
        .orderBy("appeal_at")
        .execute();
      const userIds = rows.flatMap((r) =>
        r.reporter_key.startsWith("user:") ? [r.reporter_key.slice(5)] : [],
      );
      const emails = new Map(
        userIds.length
          ? (await db.selectFrom("user").select(["id", "email"]).where("id", "in", userIds).execute()).map(
              (u) => [`user:${u.id}`, u.email],
            )
          : [],
      );
      return rows.map((r) => ({
        reporterKey: r.reporter_key,
        email: emails.get(r.reporter_key) ?? r.reporter_key.replace(/^email:/, ""),
        statement: r.appeal_statement ?? "",
        at: r.appeal_at ?? "",
        suspendedUntil: r.suspended_until ?? "",
      }));
    },

    async decide(actor: Actor | null, reporterKey: string, input: z.infer<typeof DecideSuspensionAppeal>) {
      requireReviewer(actor);
      const at = clock.now().toISOString();
      const lifted = input.outcome === "lift";
      const row = await db
        .selectFrom("reporter_standing")
        .selectAll()
        .where("reporter_key", "=", reporterKey)
        .executeTakeFirst();
      if (!row?.appeal_at || row.appeal_outcome) throw notFound("This appeal");
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable("reporter_standing")
          .set({
            appeal_outcome: lifted ? "lifted" : "kept",
            appeal_reason: input.reason,
            appeal_decided_at: at,
            ...(lifted ? { suspended_until: null, warned_at: null } : {}),
          })
          .where("reporter_key", "=", reporterKey)
          .execute();
        const email = reporterKey.startsWith("user:")
          ? (
              await tx
                .selectFrom("user")
                .select("email")
                .where("id", "=", reporterKey.slice(5))
                .executeTakeFirst()
            )?.email
          : reporterKey.slice(6);
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
