import { z } from "zod";
import type { StatementFeedItem } from "../../../contracts/integration.ts";
import type { Db } from "../../platform/db/database.ts";
import { keysetCursor, type Page } from "../../platform/db/pagination.ts";
import type { DecisionsPorts } from "../decisions/decisions.module.ts";

/** Statements in the order they were made: the marketplace keeps the last cursor and asks for what came after. */
const feedCursor = keysetCursor(z.tuple([z.string(), z.string()]));

export type StatementRecords = Pick<DecisionsPorts["decisionRecords"], "statementsInOrder">;

/** The statements of reasons, oldest first, for the marketplace to apply each decision on its side. */
export async function statementsAfter(
  db: Db,
  statements: StatementRecords,
  query: { cursor?: string; limit: number },
): Promise<Page<StatementFeedItem>> {
  const rows = await statements.statementsInOrder(db, {}, feedCursor.decode(query.cursor), query.limit + 1);
  return feedCursor.page(
    rows,
    query.limit,
    (row) => [row.createdAt, row.puid],
    (row) => row,
  );
}
