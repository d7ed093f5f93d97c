import type {
  ReceivedComplaint,
  ReceivedComplaintDetail,
  ReceivedStrike,
  StrikeStanding,
} from "../../../contracts/received.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db, DbOrTx } from "../../platform/db/database.ts";
import { idCursor } from "../../platform/db/pagination.ts";
import { notFound, unauthenticated } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { appealSummaryOf } from "../reports/appeal-summary.ts";
import { complainantFor, detailsForSeller } from "./cases.received.policy.ts";
import { strikeStandingOf } from "./strike-policy.ts";

function selectReceived(db: DbOrTx, sellerUserId: string) {
  return db
    .selectFrom("cases")
    .innerJoin("stores", "stores.id", "cases.store_id")
    .leftJoin("decisions", (join) =>
      join.onRef("decisions.case_id", "=", "cases.id").on("decisions.superseded_at", "is", null),
    )
    .leftJoin("statements", "statements.puid", "decisions.statement_puid")
    .select((eb) => [
      "cases.id",
      "cases.target_kind",
      "cases.target_id",
      "cases.target_title",
      "cases.status",
      "cases.first_reported_at",
      "cases.report_count",
      "stores.name as store_name",
      "decisions.id as decision_id",
      "decisions.outcome",
      "decisions.actions_json",
      "decisions.statement_puid",
      "decisions.decided_at",
      "statements.reversed_at",
      eb
        .selectFrom("report_targets")
        .innerJoin("reports", "reports.id", "report_targets.report_id")
        .select((inner) => inner.fn.min("reports.type").as("t"))
        .whereRef("report_targets.case_id", "=", "cases.id")
        .as("first_type"),
    ])
    .where("stores.seller_user_id", "=", sellerUserId);
}

type ReceivedRow = Awaited<ReturnType<ReturnType<typeof selectReceived>["execute"]>>[number];

type StrikesByDecision = Map<string, ReceivedStrike[]>;

async function strikesOf(db: DbOrTx, decisionIds: (string | null)[]): Promise<StrikesByDecision> {
  const ids = decisionIds.filter((id): id is string => !!id);
  const rows = ids.length
    ? await db.selectFrom("strikes").selectAll().where("decision_id", "in", ids).orderBy("id").execute()
    : [];
  const byDecision: StrikesByDecision = new Map();
  for (const s of rows) {
    const list = byDecision.get(s.decision_id) ?? [];
    list.push({
      severity: s.severity as ReceivedStrike["severity"],
      createdAt: s.created_at,
      expiresAt: s.expires_at,
      removedAt: s.removed_at,
    });
    byDecision.set(s.decision_id, list);
  }
  return byDecision;
}

/** The seller's live strikes (over all its stores, as the strike policy counts them) and the next step. */
async function standingOf(db: DbOrTx, sellerUserId: string, now: string): Promise<StrikeStanding> {
  const live = await db
    .selectFrom("strikes")
    .select("severity")
    .where("seller_key", "=", sellerUserId)
    .where("expires_at", ">", now)
    .where("removed_at", "is", null)
    .execute();
  return strikeStandingOf(live.map((s) => s.severity));
}

function toComplaint(r: ReceivedRow, strikes: StrikesByDecision): ReceivedComplaint {
  return {
    caseId: r.id,
    targetKind: r.target_kind as ReceivedComplaint["targetKind"],
    targetId: r.target_id,
    targetTitle: r.target_title,
    storeName: r.store_name,
    status: r.status as ReceivedComplaint["status"],
    receivedAt: r.first_reported_at,
    reportCount: r.report_count,
    types: r.first_type ? [r.first_type as ReceivedComplaint["types"][number]] : [],
    decision:
      r.outcome && r.decided_at
        ? {
            outcome: r.outcome as "action_taken" | "no_action",
            actions: JSON.parse(r.actions_json ?? "[]"),
            strikes: (r.decision_id && strikes.get(r.decision_id)) || [],
            statementPuid: r.statement_puid,
            decidedAt: r.decided_at,
            reversedAt: r.reversed_at ?? null,
          }
        : null,
  };
}

/** My Reports → Received: complaints about the signed-in seller's stores and listings, without reporters. */
export function createReceivedService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async list(actor: Actor | null, query: { cursor?: string; limit: number }) {
      if (!actor) throw unauthenticated();
      const [before] = idCursor.decode(query.cursor) ?? [null];
      let q = selectReceived(db, actor.userId)
        .orderBy("cases.id", "desc")
        .limit(query.limit + 1);
      if (before) q = q.where("cases.id", "<", before);
      const rows = await q.execute();
      const strikes = await strikesOf(
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
      const row = await selectReceived(db, actor.userId).where("cases.id", "=", caseId).executeTakeFirst();
      if (!row) throw notFound("This complaint");
      const [reports, statement, appeal, strikes, strikeStanding] = await Promise.all([
        db
          .selectFrom("report_targets")
          .innerJoin("reports", "reports.id", "report_targets.report_id")
          .leftJoin("user", "user.id", "reports.reporter_user_id")
          .select([
            "reports.type",
            "reports.created_at",
            "reports.description",
            "reports.details_json",
            "reports.disclose_identity",
            "reports.contact_email",
            "user.name as reporter_name",
          ])
          .where("report_targets.case_id", "=", caseId)
          .orderBy("reports.id")
          .execute(),
        row.statement_puid
          ? db
              .selectFrom("statements")
              .select("statement_json")
              .where("puid", "=", row.statement_puid)
              .executeTakeFirst()
          : Promise.resolve(undefined),
        db
          .selectFrom("appeals")
          .selectAll()
          .where("case_id", "=", caseId)
          .where("appellant_kind", "=", "seller")
          .orderBy("id", "desc")
          .executeTakeFirst(),
        strikesOf(db, [row.decision_id]),
        standingOf(db, actor.userId, clock.now().toISOString()),
      ]);
      const complaints = reports.map((r) => {
        const details = JSON.parse(r.details_json) as Record<string, unknown>;
        const disclosed = r.disclose_identity === 1;
        return {
          type: r.type as ReceivedComplaint["types"][number],
          receivedAt: r.created_at,
          description: r.description,
          details: detailsForSeller(details),
          complainant: complainantFor({
            type: r.type,
            details,
            discloseIdentity: disclosed,
            reporterName: disclosed ? (r.reporter_name ?? r.contact_email) : null,
          }),
        };
      });
      return {
        ...toComplaint(row, strikes),
        types: [...new Set(complaints.map((c) => c.type))],
        complaints,
        statement: statement ? JSON.parse(statement.statement_json) : null,
        strikeStanding,
        appeal: appealSummaryOf(appeal),
      };
    },
  };
}

export type ReceivedService = ReturnType<typeof createReceivedService>;
