import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from "kysely";
import type { Db } from "../src/server/platform/db/database.ts";

/**
 * A database that runs nothing and answers empty results, keeping the SQL it was sent: for checking what
 * a repository would write (or that it refused to write anything) without a real database.
 */
export function dryDb(): { db: Db; sent: string[] } {
  const sent: string[] = [];
  const db = new Kysely({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new SqliteIntrospector(k),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
    log: (event) => {
      if (event.level === "query") sent.push(event.query.sql);
    },
  }) as Db;
  return { db, sent };
}
