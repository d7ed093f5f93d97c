import type { ReceivedComplaint, ReceivedComplaintDetail } from "../../../contracts/received.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { idCursor } from "../../platform/db/pagination.ts";
import { notFound, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { appealSummaryOf } from "../reports/appeal-summary.ts";
import { complainantFor, detailsForSeller } from "./cases.received.policy.ts";
import type { ReceivedRepository, ReceivedRow, StrikesByDecision } from "./cases.received.repository.ts";
import { strikeStandingOf } from "./strike-policy.ts";

function toComplaint(r: ReceivedRow, strikes: StrikesByDecision): ReceivedComplaint {
  return {
    caseId: r.id,
    targetKind: r.target_kind as ReceivedComplaint["targetKind"],
    targetId: r.target_id,
    targetTitle: r.target_title,
    rating: r.rating,
    storeName: r.store_name,
    status: r.status as ReceivedComplaint["status"],
    receivedAt: r.first_reported_at,
    reportCount: r.report_count,
    types: r.first_type ? [r.first_type as ReceivedComplaint["types"][number]] : [],
    decision:
      r.outcome && r.decided_at
        ? {
            outcome: r.outcome as "action_taken" | "no_action",
            actions: r.actions,
            strikes: (r.decision_id && strikes.get(r.decision_id)) || [],
            statementPuid: r.statement_puid,
            decidedAt: r.decided_at,
            reversedAt: r.reversed_at ?? null,
          }
        : null,
  };
}

interface Deps {
  db: Db;
  clock: Clock;
  received: ReceivedRepository;
}

/** My Reports → Received: complaints about the signed-in seller's stores and listings, without reporters. */
export function createReceivedService({ db, clock, received }: Deps) {
  return {
    async list(actor: Actor | null, query: { cursor?: string; limit: number }) {
      if (!actor) throw unauthenticated();
      const [before] = idCursor.decode(query.cursor) ?? [null];
      const rows = await received.list(db, actor.userId, { beforeId: before, limit: query.limit });
      const strikes = await received.strikesOf(
        db,
        rows.map((r) => r.decision_id),
      );
      return idCursor.page(
        rows,
        query.limit,
        (r) => [r.id],
        (r) => toComplaint(r, strikes),
      );
    },

    async get(actor: Actor | null, caseId: string): Promise<ReceivedComplaintDetail> {
      if (!actor) throw unauthenticated();
      const row = await received.find(db, actor.userId, caseId);
      if (!row) throw notFound("This complaint");
      const [reports, statement, appeal, strikes, liveSeverities] = await Promise.all([
        received.complaintsOf(db, caseId),
        row.statement_puid ? received.statement(db, row.statement_puid) : Promise.resolve(null),
        received.sellerAppeal(db, caseId),
        received.strikesOf(db, [row.decision_id]),
        // The seller's live strikes over all its stores, as the strike policy counts them.
        received.liveStrikeSeverities(db, actor.userId, clock.now().toISOString()),
      ]);
      const complaints = reports.map((r) => {
        const disclosed = r.disclose_identity === 1;
        return {
          type: r.type as ReceivedComplaint["types"][number],
          receivedAt: r.created_at,
          description: r.description,
          details: detailsForSeller(r.details),
          complainant: complainantFor({
            type: r.type,
            details: r.details,
            discloseIdentity: disclosed,
            reporterName: disclosed ? (r.reporter_name ?? r.contact_email) : null,
          }),
        };
      });
      return {
        ...toComplaint(row, strikes),
        types: [...new Set(complaints.map((c) => c.type))],
        complaints,
        statement,
        strikeStanding: strikeStandingOf(liveSeverities),
        appeal: appealSummaryOf(appeal),
      };
    },
  };
}

export type ReceivedService = ReturnType<typeof createReceivedService>;
