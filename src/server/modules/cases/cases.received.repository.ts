import { z } from "zod";
import { EnforcementAction } from "../../../contracts/decisions.ts";
import type { ReceivedRating, ReceivedStrike } from "../../../contracts/received.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";

const StoredActions = jsonText(z.array(EnforcementAction));
const StoredRecord = jsonText(z.record(z.string(), z.unknown()));
const StrikeSeverity = z.enum(["general", "serious"]);
/** The part of a rating's snapshot (see feedback.abuse.ts) that names it. */
const RatingSnapshot = z.object({ itemTitle: z.string(), createdAt: z.string() });

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
      "cases.snapshot_json",
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
    .where((eb) =>
      eb.or([
        eb.and([eb("cases.author_user_id", "is", null), eb("stores.seller_user_id", "=", sellerUserId)]),
        eb("cases.author_user_id", "=", sellerUserId),
      ]),
    );
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectReceived>["execute"]>>[number];

/** A rating's item and date as the case first saw it; null for other targets or an older snapshot. */
function ratingOf(targetKind: string, snapshotJson: string): ReceivedRating | null {
  if (targetKind !== "feedback") return null;
  const snapshot = RatingSnapshot.safeParse(StoredRecord.parse(snapshotJson));
  return snapshot.success ? { itemTitle: snapshot.data.itemTitle, ratedAt: snapshot.data.createdAt } : null;
}

const toReceived = ({ actions_json, snapshot_json, ...row }: SelectedRow) => ({
  ...row,
  actions: StoredActions.parse(actions_json ?? "[]"),
  rating: ratingOf(row.target_kind, snapshot_json),
});

export type ReceivedRow = ReturnType<typeof toReceived>;

/** A decision's strikes as the seller sees them, by decision. */
export type StrikesByDecision = Map<string, ReceivedStrike[]>;

/**
 * Complaints about one person's stores and listings, or about what it wrote itself (a buyer's rating),
 * read without the reporters behind them. A seller does not receive the cases about its buyers' ratings.
 */
export function createReceivedRepository() {
  return {
    async list(db: DbOrTx, sellerUserId: string, page: { beforeId: string | null; limit: number }) {
      let q = selectReceived(db, sellerUserId)
        .orderBy("cases.id", "desc")
        .limit(page.limit + 1);
      if (page.beforeId) q = q.where("cases.id", "<", page.beforeId);
      return (await q.execute()).map(toReceived);
    },

    async find(db: DbOrTx, sellerUserId: string, caseId: string) {
      const row = await selectReceived(db, sellerUserId).where("cases.id", "=", caseId).executeTakeFirst();
      return row ? toReceived(row) : undefined;
    },

    async strikesOf(db: DbOrTx, decisionIds: (string | null)[]): Promise<StrikesByDecision> {
      const ids = decisionIds.filter((id): id is string => !!id);
      const rows = ids.length
        ? await db.selectFrom("strikes").selectAll().where("decision_id", "in", ids).orderBy("id").execute()
        : [];
      const byDecision: StrikesByDecision = new Map();
      for (const s of rows) {
        const list = byDecision.get(s.decision_id) ?? [];
        list.push({
          severity: StrikeSeverity.parse(s.severity),
          createdAt: s.created_at,
          expiresAt: s.expires_at,
          removedAt: s.removed_at,
        });
        byDecision.set(s.decision_id, list);
      }
      return byDecision;
    },

    /** The severities of the seller's live strikes, over all its stores. */
    liveStrikeSeverities: (db: DbOrTx, sellerUserId: string, now: string) =>
      db
        .selectFrom("strikes")
        .select("severity")
        .where("seller_key", "=", sellerUserId)
        .where("expires_at", ">", now)
        .where("removed_at", "is", null)
        .execute()
        .then((rows) => rows.map((s) => s.severity)),

    complaintsOf: (db: DbOrTx, caseId: string) =>
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
        .execute()
        .then((rows) =>
          rows.map(({ details_json, ...r }) => ({ ...r, details: StoredRecord.parse(details_json) })),
        ),

    statement: (db: DbOrTx, puid: string) =>
      db
        .selectFrom("statements")
        .select("statement_json")
        .where("puid", "=", puid)
        .executeTakeFirst()
        .then((row) => (row ? StoredRecord.parse(row.statement_json) : null)),

    sellerAppeal: (db: DbOrTx, caseId: string) =>
      db
        .selectFrom("appeals")
        .selectAll()
        .where("case_id", "=", caseId)
        .where("appellant_kind", "=", "seller")
        .orderBy("id", "desc")
        .executeTakeFirst(),
  };
}

export type ReceivedRepository = ReturnType<typeof createReceivedRepository>;
