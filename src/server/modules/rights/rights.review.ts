import type { z } from "zod";
import {
  type ReviewRight,
  RIGHT_TYPE_NAMES,
  type RightQueueItem,
  type RightQueueQuery,
  type RightReview,
} from "../../../contracts/rights.ts";
import type { Clock } from "../../platform/clock.ts";
import { idCursor } from "../../platform/db/pagination.ts";
import type { Transact } from "../../platform/db/transactions.ts";
import { AppError, forbidden, notFound } from "../../platform/http/errors.ts";
import { enqueue } from "../../platform/outbox/outbox.ts";
import type { Actor } from "../accounts/actor.ts";
import { mailMessage } from "../notifications/notifications.templates.ts";
import type { StaffService } from "../staff/staff.service.ts";
import { toFile, toHolder, toRightFile, toRightView, toSummary } from "./rights.mappers.ts";
import { isoDay, mayReviewRights, statusAfter } from "./rights.policy.ts";
import type { RightsDeps } from "./rights.service.ts";

interface ReviewDeps extends RightsDeps {
  transact: Transact;
  clock: Clock;
  staff: Pick<StaffService, "requireStaff" | "namesOf">;
  publicUrl: string;
}

const base = (id: string) => `/api/v1/console/rights/${id}`;

/** IP Protection's side of the vault: the queue of rights to verify, the review page, the decision. */
export function createRightsReviewService(deps: ReviewDeps) {
  const { db, clock, rights, staff, evidence } = deps;

  async function requireReviewer(actor: Actor | null) {
    const member = await staff.requireStaff(db, actor);
    if (!mayReviewRights(member)) throw forbidden("Only IP Protection staff verify IP rights.");
    return member;
  }

  async function review(id: string): Promise<RightReview> {
    const row = await rights.findRight(db, id);
    if (!row) throw notFound("This right");
    const holder = (await rights.findHolder(db, row.holder_id))!;
    const [files, events, documents, names] = await Promise.all([
      rights.filesOf(db, [id]),
      rights.eventsOf(db, [id]),
      rights.holderDocuments(db, holder.id),
      staff.namesOf(db, [row.reviewed_by]),
    ]);
    const view = toRightView(row, files, events, isoDay(clock.now()));
    return {
      right: { ...view, files: files.map((f) => ({ ...toRightFile(f), url: `${base(id)}/files/${f.id}` })) },
      holder: {
        ...toHolder(holder, []),
        documents: documents.map((d) => ({ ...toFile(d), url: `${base(id)}/holder-documents/${d.id}` })),
      },
      reviewedBy: row.reviewed_by ? (names.get(row.reviewed_by) ?? null) : null,
    };
  }

  function mailData(right: ReturnType<typeof toSummary>, reason: string) {
    return {
      typeName: RIGHT_TYPE_NAMES[right.type],
      registrationNumber: right.registrationNumber,
      office: right.office,
      reason,
      url: `${deps.publicUrl}/rights`,
    };
  }

  return {
    async queue(actor: Actor | null, query: z.output<typeof RightQueueQuery>) {
      await requireReviewer(actor);
      const [after] = idCursor.decode(query.cursor) ?? [null];
      const rows = await rights.queue(db, {
        status: query.status,
        afterId: after,
        limit: query.limit,
      });
      return idCursor.page(
        rows,
        query.limit,
        (r) => [r.id],
        (r): RightQueueItem => ({
          ...toSummary(r),
          status: r.status,
          actsAsAgent: r.acts_as_agent === 1,
          holder: {
            legalName: r.holder_legal_name,
            kind: r.holder_kind,
            country: r.holder_country,
          },
          fileCount: r.file_count,
          submittedAt: r.created_at,
        }),
      );
    },

    async get(actor: Actor | null, id: string): Promise<RightReview> {
      await requireReviewer(actor);
      return review(id);
    },

    /** Approves or rejects a pending right: event, status and the holder's email in one transaction. */
    async decide(actor: Actor | null, id: string, body: z.output<typeof ReviewRight>): Promise<RightReview> {
      const member = await requireReviewer(actor);
      const type = body.decision === "approved" ? "right.approved" : "right.rejected";
      const reason = body.decision === "rejected" ? (body.reason ?? "") : null;
      await deps.transact(async (tx) => {
        const row = await rights.findRight(tx, id);
        if (!row) throw notFound("This right");
        const holder = (await rights.findHolder(tx, row.holder_id))!;
        const at = clock.now().toISOString();
        const status = statusAfter(type);
        if (!(await rights.recordReview(tx, { id, status, reason, reviewerId: member.actor.userId, at })))
          throw new AppError(
            409,
            "already_reviewed",
            "This right was already reviewed. Reload to see the decision.",
          );
        await rights.insertEvent(tx, {
          rightId: id,
          type,
          actorUserId: member.actor.userId,
          data: reason ? { reason } : {},
          at,
        });
        await enqueue(tx, clock, {
          topic: "mail.send",
          dedupeKey: `mail:${type}:${id}`,
          payload: mailMessage(
            body.decision === "approved" ? "right-approved" : "right-rejected",
            holder.contact_email,
            mailData(toSummary(row), reason ?? ""),
          ),
        });
      });
      return review(id);
    },

    /** A certificate or letter of authorisation, for IP staff only. */
    async rightFile(actor: Actor | null, id: string, fileId: string) {
      await requireReviewer(actor);
      const file = (await rights.filesOf(db, [id])).find((f) => f.id === fileId);
      if (!file) throw notFound("This file");
      return {
        path: evidence.pathOf(file.sha256),
        fileName: file.file_name,
        mimeType: file.mime_type,
        size: file.size_bytes,
      };
    },

    /** An identity document of the holder of right `id`, for IP staff only. */
    async holderDocument(actor: Actor | null, id: string, documentId: string) {
      await requireReviewer(actor);
      const row = await rights.findRight(db, id);
      const file = row
        ? (await rights.holderDocuments(db, row.holder_id)).find((d) => d.id === documentId)
        : undefined;
      if (!file) throw notFound("This file");
      return {
        path: evidence.pathOf(file.sha256),
        fileName: file.file_name,
        mimeType: file.mime_type,
        size: file.size_bytes,
      };
    },
  };
}

export type RightsReviewService = ReturnType<typeof createRightsReviewService>;
