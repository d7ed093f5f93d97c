import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableDialects, createTestDatabase, type TestDatabase } from "../../../../../test/databases.ts";
import { type DatabaseHandle, openDatabase } from "../database.ts";
import * as m1 from "./20261126T080000-create-core-tables.ts";
import * as m2 from "./20261126T120000-add-moderation-tables.ts";
import * as m3 from "./20261126T140000-add-rights-vault.ts";
import * as m4 from "./20261126T150000-add-fairness-tables.ts";
import * as m5 from "./20261126T160000-add-console-indexes.ts";
import * as m6 from "./20261126T170000-add-case-report-types.ts";
import * as tokens from "./20261202T100000-add-report-access-tokens.ts";

const dialects = await availableDialects();

describe.each(dialects)("guests' reporter keys become one per mailbox (%s)", (dialect) => {
  let testDb: TestDatabase;
  let database: DatabaseHandle;
  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    database = openDatabase(testDb.url);
    for (const m of [m1, m2, m3, m4, m5, m6]) await m.up(database.db as never);
  });
  afterAll(async () => {
    await database.destroy();
    await testDb.drop();
  });

  it("rewrites stored keys to the normalised mailbox, leaving a row whose new key is taken", async () => {
    const at = "2026-11-30T10:00:00.000Z";
    const keys = ["email:x+shop@gmail.com", "email:y.z@gmail.com", "email:yz@gmail.com", "user:abc"];
    await database.db
      .insertInto("reporter_standing")
      .values(keys.map((reporter_key) => ({ reporter_key, fast_lane: 0, updated_at: at })))
      .execute();
    await tokens.up(database.db as never);
    const rows = await database.db.selectFrom("reporter_standing").select("reporter_key").execute();
    expect(rows.map((r) => r.reporter_key).sort()).toEqual(
      ["email:x@gmail.com", "email:y.z@gmail.com", "email:yz@gmail.com", "user:abc"].sort(),
    );
    const table = await database.db.selectFrom("report_access_tokens").selectAll().execute();
    expect(table).toEqual([]);
  });
});
