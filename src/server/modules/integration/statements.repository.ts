import { z } from "zod";
import type { StatementFeedItem } from "../../../contracts/integration.ts";
import type { Db } from "../../platform/db/database.ts";
import { jsonText } from "../../platform/db/json-text.ts";
import { keysetCursor, type Page } from "../../platform/db/pagination.ts";

const StoredStatement = jsonText(z.record(z.string(), z.unknown()));
/** Statements in the order they were made: the marketplace keeps the last cursor and asks for what came after. */
const feedCursor = keysetCursor(z.tuple([z.string(), z.string()]));

/** The statements of reasons, oldest first, for the marketplace to apply each decision on its side. */
export async function statementsAfter(
  db: Db,
  query: { cursor?: string; limit: number },
): Promise<Page<StatementFeedItem>> {
  const after = feedCursor.decode(query.cursor);
  const rows = await db
    .selectFrom("statements")
    .select(["puid", "case_id", "store_id", "created_at", "reversed_at", "statement_json"])
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
    .limit(query.limit + 1)
    .execute();
  return feedCursor.page(
    rows,
    query.limit,
    (row) => [row.created_at, row.puid],
    (row) => ({
      puid: row.puid,
      caseId: row.case_id,
      storeId: row.store_id,
      createdAt: row.created_at,
      reversedAt: row.reversed_at ?? null,
      statement: StoredStatement.parse(row.statement_json),
    }),
  );
}
