import { z } from "zod";
import type { AuditEntry } from "../../../contracts/audit.ts";
import type { PageQuery } from "../../../contracts/common.ts";
import { verifyAuditLog } from "../../platform/audit/audit-log.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { keysetCursor, type Page } from "../../platform/db/pagination.ts";
import { forbidden, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import type { AuditRepository } from "./audit.repository.ts";

interface Deps {
  db: Db;
  clock: Clock;
  audit: AuditRepository;
}

function requireAdmin(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== "admin") throw forbidden("Only admins read the audit log.");
  return actor;
}

/** Newest first: the cursor is the sequence number of the last entry shown. */
const seqCursor = keysetCursor(z.tuple([z.number().int().min(1)]));

/** The audit log for admins: its entries, newest first, and a check of the whole chain. */
export function createAuditService({ db, clock, audit }: Deps) {
  return {
    async list(actor: Actor | null, page: PageQuery): Promise<Page<AuditEntry>> {
      requireAdmin(actor);
      const before = seqCursor.decode(page.cursor)?.[0] ?? null;
      const rows = await audit.newestBefore(db, before, page.limit + 1);
      return seqCursor.page(
        rows,
        page.limit,
        (row) => [row.seq],
        (row) => ({
          seq: row.seq,
          id: row.id,
          at: row.at,
          actor: row.actor_user_id ? { userId: row.actor_user_id, name: row.actor_name ?? "" } : null,
          action: row.action,
          subject: { kind: row.subject_kind, id: row.subject_id },
          data: row.data,
          hash: row.hash,
        }),
      );
    },

    async verify(actor: Actor | null) {
      requireAdmin(actor);
      return verifyAuditLog(db, clock.now());
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
