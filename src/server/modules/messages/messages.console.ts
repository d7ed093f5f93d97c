import type { z } from "zod";
import type { BlockDomain, BlockedDomain, CaseThread, UnblockDomain } from "../../../contracts/messages.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { idCursor } from "../../platform/db/pagination.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound } from "../../platform/http/errors.ts";
import type { StoredFile } from "../../platform/http/send-stored-file.ts";
import { newId } from "../../platform/ids.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import type { Actor } from "../accounts/actor.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import { mayWorkDepartment } from "../staff/staff.policy.ts";
import type { StaffService } from "../staff/staff.service.ts";
import type { BlocklistRepository } from "./messages.blocklist.repository.ts";
import type { MessagesRepository } from "./messages.repository.ts";
import { type MessageViews, storedFileOf, threadSummary } from "./messages.views.ts";

/** Fraud & Security keeps the block list (admins work every department). */
const BLOCKLIST_DEPARTMENT = "fraud_security";

interface Deps {
  db: Db;
  transact: Transact;
  clock: Clock;
  messages: MessagesRepository;
  blocklist: BlocklistRepository;
  views: MessageViews;
  evidence: EvidenceStore;
  staff: Pick<StaffService, "requireStaff">;
  cases: CasesPorts["caseRecords"];
}

/** What staff do with messages: keep the block list, and read a reported message's thread through its case. */
export function createMessagesConsole(deps: Deps) {
  const { db, clock, messages, blocklist } = deps;

  async function keeperOfBlocklist(actor: Actor | null) {
    const member = await deps.staff.requireStaff(db, actor);
    if (!mayWorkDepartment(member, BLOCKLIST_DEPARTMENT))
      throw forbidden("Fraud & Security keeps the block list of link domains.");
    return member;
  }

  /** A case about a message, for staff who work its department: the message and its thread. */
  async function reportedMessage(actor: Actor | null, caseId: string) {
    const member = await deps.staff.requireStaff(db, actor);
    const row = await deps.cases.findById(db, caseId);
    if (!row) throw notFound("This case");
    if (!mayWorkDepartment(member, row.department))
      throw forbidden("This case belongs to a department you do not work.");
    const message = row.target_kind === "message" ? await messages.findMessage(db, row.target_id) : undefined;
    const thread = message && (await messages.findThread(db, message.thread_id));
    if (!message || !thread) throw notFound("A message of this case");
    return { message, thread };
  }

  return {
    async list(actor: Actor | null, query: { cursor?: string; limit: number }) {
      await keeperOfBlocklist(actor);
      const [after] = idCursor.decode(query.cursor) ?? [null];
      const rows = await blocklist.list(db, after, query.limit + 1);
      return idCursor.page(
        rows,
        query.limit,
        (r) => [r.domain],
        (r): BlockedDomain => ({
          domain: r.domain,
          reason: r.reason,
          addedBy: r.added_by_name,
          addedAt: r.added_at,
        }),
      );
    },

    /** Adds a domain to the block list, with why; its subdomains are blocked with it. */
    async block(actor: Actor | null, input: z.output<typeof BlockDomain>): Promise<BlockedDomain> {
      const member = await keeperOfBlocklist(actor);
      const at = clock.now().toISOString();
      const added = await deps.transact(async (tx) => {
        const fresh = await blocklist.add(tx, {
          domain: input.domain,
          reason: input.reason,
          added_by: member.actor.userId,
          added_at: at,
        });
        if (fresh)
          await blocklist.appendEvent(tx, {
            id: newId(),
            domain: input.domain,
            type: "added",
            reason: input.reason,
            actor_user_id: member.actor.userId,
            created_at: at,
          });
        return fresh;
      });
      if (!added)
        throw new AppError(409, "already_blocked", `${input.domain} is on the block list already.`, {
          domain: "This domain is on the block list already.",
        });
      return { domain: input.domain, reason: input.reason, addedBy: member.actor.name, addedAt: at };
    },

    /** Takes a domain off the block list, with why; the history keeps both. */
    async unblock(actor: Actor | null, domain: string, input: z.output<typeof UnblockDomain>) {
      const member = await keeperOfBlocklist(actor);
      const at = clock.now().toISOString();
      const removed = await deps.transact(async (tx) => {
        const gone = await blocklist.remove(tx, domain);
        if (gone)
          await blocklist.appendEvent(tx, {
            id: newId(),
            domain,
            type: "removed",
            reason: input.reason,
            actor_user_id: member.actor.userId,
            created_at: at,
          });
        return gone;
      });
      if (!removed) throw notFound(`${domain} on the block list`);
      return { domain, removedAt: at };
    },

    /** The reported message's thread, newest first, as staff read it through the case. */
    async caseThread(
      actor: Actor | null,
      caseId: string,
      query: { cursor?: string; limit: number },
    ): Promise<CaseThread> {
      const { message, thread } = await reportedMessage(actor, caseId);
      const [before] = idCursor.decode(query.cursor) ?? [null];
      const rows = await messages.messagesPage(db, thread.id, before, query.limit + 1);
      const page = idCursor.page(
        rows,
        query.limit,
        (r) => [r.id],
        (r) => r,
      );
      const items = await deps.views(db, thread, page.items, {
        side: "staff",
        attachmentUrl: (f) => `/api/v1/console/cases/${caseId}/thread/attachments/${f.id}`,
      });
      const { role: _role, unread: _unread, lastFromMe: _mine, ...summary } = threadSummary(thread, "buyer");
      return {
        caseId,
        reportedMessageId: message.id,
        thread: summary,
        messages: { items, nextCursor: page.nextCursor },
      };
    },

    /** A file of the reported message's thread, for staff through the case. */
    async caseAttachment(actor: Actor | null, caseId: string, fileId: string): Promise<StoredFile> {
      const { thread } = await reportedMessage(actor, caseId);
      const file = await messages.findAttachment(db, thread.id, fileId);
      if (!file) throw notFound("This file");
      return storedFileOf(deps.evidence, file);
    },
  };
}

export type MessagesConsole = ReturnType<typeof createMessagesConsole>;
