import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { availableDialects, createTestDatabase, type TestDatabase } from "../../../../test/databases.ts";
import { type DatabaseHandle, openDatabase } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";
import { createTransact, type Transact } from "./transactions.ts";

const dialects = await availableDialects();

describe.each(dialects)("transactions (%s)", (dialect) => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;
  let transact: Transact;
  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    handle = openDatabase(testDb.url);
    await migrateToLatest(handle.db);
    transact = createTransact(handle);
  });
  afterAll(async () => {
    await handle.destroy();
    await testDb.drop();
  });

  const insert = (key: string) => (tx: Parameters<Parameters<Transact>[0]>[0]) =>
    tx
      .insertInto("idempotency_keys")
      .values({
        scope: "t",
        key,
        request_hash: "h",
        status_code: 200,
        response_json: "{}",
        created_at: "now",
      })
      .execute();

  it("commits concurrent units, and rolls back a failing one alone with all its writes", async () => {
    const results = await Promise.allSettled([
      transact(async (tx) => {
        await insert("a")(tx);
        return "a";
      }),
      transact(async (tx) => {
        await insert("b1")(tx);
        await insert("b2")(tx);
        throw new Error("unit b fails after writing");
      }),
      transact(async (tx) => {
        await insert("c")(tx);
        return "c";
      }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe("unit b fails after writing");
    const keys = await handle.db.selectFrom("idempotency_keys").select("key").orderBy("key").execute();
    expect(keys.map((k) => k.key)).toEqual(["a", "c"]);
  });

  it("commits the small units sent beside a long one first, and a failing long unit rolls back alone", async () => {
    const settled: string[] = [];
    const note = (name: string) => (value: unknown) => {
      settled.push(name);
      return value;
    };
    const long = (key: string, fails = false) =>
      transact(
        async (tx) => {
          await insert(key)(tx);
          await new Promise((resolve) => setTimeout(resolve, 100));
          if (fails) throw new Error("the long unit fails");
        },
        { alone: true },
      );
    const results = await Promise.allSettled([
      long("long-1").then(note("long-1")),
      transact(insert("small-1")).then(note("small-1")),
      long("long-2", true).catch((error) => {
        settled.push("long-2");
        throw error;
      }),
      transact(insert("small-2")).then(note("small-2")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(settled.slice(0, 2).sort()).toEqual(["small-1", "small-2"]);
    const keys = await handle.db
      .selectFrom("idempotency_keys")
      .select("key")
      .where("key", "in", ["long-1", "long-2", "small-1", "small-2"])
      .orderBy("key")
      .execute();
    expect(keys.map((k) => k.key)).toEqual(["long-1", "small-1", "small-2"]);
  });

  it("lets a unit see the writes of the units committed before it", async () => {
    await transact(insert("first"));
    const seen = await transact((tx) =>
      tx.selectFrom("idempotency_keys").select("key").where("key", "=", "first").executeTakeFirst(),
    );
    expect(seen?.key).toBe("first");
  });
});
