import { z } from "zod";
import { StatementOfReasons } from "../../../contracts/decisions.ts";
import { ReportTypeId } from "../../../contracts/report-types.ts";
import type { DbOrTx } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import type { DecisionTable, StatementTable } from "../../platform/db/schema.ts";
import { type ContentVisibility, createEnforcementsRepository } from "./enforcements.repository.ts";

const StoredStatement = jsonText(StatementOfReasons);
const StoredDetails = jsonText(z.record(z.string(), z.unknown()));

/** A notice in a case as its statement of reasons names it. */
export interface Notice {
  type: ReportTypeId;
  source: string;
  trustedFlagger: string | null;
  details: Record<string, unknown>;
}

/** Decisions, their statements of reasons and what deciding reads; with the enforcements they apply. */
export function createDecisionsRepository(content: ContentVisibility) {
  return {
    ...createEnforcementsRepository(content),

    countCaseEvents: (tx: DbOrTx, caseId: string) =>
      tx
        .selectFrom("case_events")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("case_id", "=", caseId)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    insertDecision: (tx: DbOrTx, row: DecisionTable) => tx.insertInto("decisions").values(row).execute(),
    insertStatement: (tx: DbOrTx, row: StatementTable) => tx.insertInto("statements").values(row).execute(),

    countActiveSeriousStrikes: (tx: DbOrTx, sellerKey: string, now: string) =>
      tx
        .selectFrom("strikes")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("seller_key", "=", sellerKey)
        .where("severity", "=", "serious")
        .where("expires_at", ">", now)
        .where("removed_at", "is", null)
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n)),

    strikesOfDecision: (tx: DbOrTx, decisionId: string) =>
      tx.selectFrom("strikes").selectAll().where("decision_id", "=", decisionId).orderBy("id").execute(),

    liveStrikeSeverities: (tx: DbOrTx, sellerKey: string, now: string) =>
      tx
        .selectFrom("strikes")
        .select("severity")
        .where("seller_key", "=", sellerKey)
        .where("expires_at", ">", now)
        .where("removed_at", "is", null)
        .execute()
        .then((rows) => rows.map((r) => r.severity)),

    /** Who stands behind a right used in an IP notice: the holder's kind and name, the right's owner. */
    notifierOfRight: (db: DbOrTx, rightId: string) =>
      db
        .selectFrom("rights")
        .innerJoin("rights_holders", "rights_holders.id", "rights.holder_id")
        .select([
          "rights.owner_name",
          "rights.acts_as_agent",
          "rights_holders.kind",
          "rights_holders.legal_name",
        ])
        .where("rights.id", "=", rightId)
        .executeTakeFirst(),

    outcomeTemplates: (db: DbOrTx) => db.selectFrom("outcome_templates").select(["key", "text"]).execute(),

    /** A statement of reasons with its EU-schema document read from its JSON. */
    /**
     * One page of the statements in the order they were made, after (created_at, puid), within
     * [from, to) where given: the exports' and the marketplace's feed's reading.
     */
    statementsInOrder: async (
      db: DbOrTx,
      period: { from?: string; to?: string },
      after: readonly [string, string] | null,
      limit: number,
    ) => {
      const rows = await db
        .selectFrom("statements")
        .select(["puid", "case_id", "store_id", "created_at", "reversed_at", "statement_json"])
        .$if(period.from !== undefined, (q) => q.where("created_at", ">=", period.from!))
        .$if(period.to !== undefined, (q) => q.where("created_at", "<", period.to!))
        .$if(after !== null, (q) =>
          q.where((eb) =>
            eb.or([
              eb("created_at", ">", after![0]),
              eb.and([eb("created_at", "=", after![0]), eb("puid", ">", after![1])]),
            ]),
          ),
        )
        .orderBy("created_at")
        .orderBy("puid")
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        puid: row.puid,
        caseId: row.case_id,
        storeId: row.store_id,
        createdAt: row.created_at,
        reversedAt: row.reversed_at ?? null,
        statement: StoredStatement.parse(row.statement_json),
      }));
    },

    findStatement: (db: DbOrTx, puid: string) =>
      db
        .selectFrom("statements")
        .innerJoin("cases", "cases.id", "statements.case_id")
        .select(["statements.store_id", "statements.statement_json", "cases.author_user_id"])
        .where("statements.puid", "=", puid)
        .executeTakeFirst()
        .then(
          (row) =>
            row && {
              storeId: row.store_id,
              authorUserId: row.author_user_id,
              statement: StoredStatement.parse(row.statement_json),
            },
        ),

    /**
     * What a statement of reasons says of the case's notices: their type, source, the trusted flagger
     * behind them, and their details.
     */
    noticesOfCase: (tx: DbOrTx, caseId: string) =>
      tx
        .selectFrom("report_targets")
        .innerJoin("reports", "reports.id", "report_targets.report_id")
        .leftJoin("trusted_flaggers", (join) =>
          join
            .onRef("trusted_flaggers.user_id", "=", "reports.reporter_user_id")
            .on("trusted_flaggers.revoked_at", "is", null),
        )
        .select([
          "reports.type",
          "reports.source",
          "trusted_flaggers.organisation as trusted_flagger",
          "reports.details_json",
        ])
        .where("report_targets.case_id", "=", caseId)
        .orderBy("reports.id")
        .execute()
        .then((rows) =>
          rows.map(
            (r): Notice => ({
              type: ReportTypeId.parse(r.type),
              source: r.source,
              trustedFlagger: r.trusted_flagger,
              details: StoredDetails.parse(r.details_json),
            }),
          ),
        ),

    emailOfUser: (tx: DbOrTx, userId: string) =>
      tx
        .selectFrom("user")
        .select("email")
        .where("id", "=", userId)
        .executeTakeFirst()
        .then((row) => row?.email),

    /** Reports in the case, with how many of their targets' cases are still undecided. */
    reportsOfCase: (tx: DbOrTx, caseId: string) =>
      tx
        .selectFrom("report_targets as mine")
        .innerJoin("reports", "reports.id", "mine.report_id")
        .select((eb) => [
          "reports.id",
          "reports.reference",
          "reports.type",
          "reports.contact_email",
          "reports.details_json",
          "reports.description_language",
          eb
            .selectFrom("report_targets as other")
            .innerJoin("cases", "cases.id", "other.case_id")
            .select(eb.fn.countAll<number>().as("n"))
            .whereRef("other.report_id", "=", "reports.id")
            .where("cases.status", "in", ["open", "needs_info"])
            .as("undecided_targets"),
        ])
        .where("mine.case_id", "=", caseId)
        .orderBy("reports.id")
        .execute(),
  };
}

export type DecisionsRepository = ReturnType<typeof createDecisionsRepository>;
