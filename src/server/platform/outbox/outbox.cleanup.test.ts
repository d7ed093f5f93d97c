import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { newId } from "../ids.ts";
import { deleteExpiredRows } from "./outbox.cleanup.ts";

const dialects = await availableDialects();

describe.each(dialects)("clean-up of sent messages and old idempotency keys (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  function hoursAgo(h: number): string {
    return new Date(t.clock.now().getTime() - h * 3_600_000).toISOString();
  }

  async function addMessage(key: string, processedHoursAgo: number | null) {
    await t.db
      .insertInto("outbox")
      .values({
        id: newId(),
        topic: "cleanup.test",
        dedupe_key: key,
        payload_json: "{}",
        created_at: hoursAgo(24 * 30),
        available_at: hoursAgo(24 * 30),
        processed_at: processedHoursAgo === null ? null : hoursAgo(processedHoursAgo),
      })
      .execute();
  }

  async function addKey(key: string, createdHoursAgo: number) {
    await t.db
      .insertInto("idempotency_keys")
      .values({
        scope: "cleanup",
        key,
        request_hash: "h",
        status_code: 201,
        response_json: "{}",
        created_at: hoursAgo(createdHoursAgo),
      })
      .execute();
  }

  const remainingMessages = async () =>
    (await t.db.selectFrom("outbox").select("dedupe_key").where("topic", "=", "cleanup.test").execute())
      .map((r) => r.dedupe_key)
      .sort();
  const remainingKeys = async () =>
    (await t.db.selectFrom("idempotency_keys").select("key").where("scope", "=", "cleanup").execute())
      .map((r) => r.key)
      .sort();

  it("drops messages sent over a week ago and keys over a day old when the worker runs", async () => {
    await addMessage("sent-8-days-ago", 24 * 8);
    await addMessage("sent-6-days-ago", 24 * 6);
    await addMessage("never-sent", null); // no handler for its topic: it fails, and stays
    await addKey("made-25-hours-ago", 25);
    await addKey("made-23-hours-ago", 23);
    await t.worker.drain();
    expect(await remainingMessages()).toEqual(["never-sent", "sent-6-days-ago"]);
    expect(await remainingKeys()).toEqual(["made-23-hours-ago"]);

    t.clock.advanceHours(24 + 1); // now the others are past their keeping time too
    await t.worker.drain();
    expect(await remainingMessages()).toEqual(["never-sent"]);
    expect(await remainingKeys()).toEqual([]);
  });

  it("deletes at most a batch of each per run", async () => {
    for (let i = 0; i < 5; i++) {
      await addMessage(`batch-${i}`, 24 * 10);
      await addKey(`batch-${i}`, 48);
    }
    expect(await deleteExpiredRows({ db: t.db, dialect, destroy: async () => {} }, t.clock, 3)).toBe(6);
    expect(await remainingMessages()).toHaveLength(3); // two left of the batch, and "never-sent"
    expect(await remainingKeys()).toHaveLength(2);
    await deleteExpiredRows({ db: t.db, dialect, destroy: async () => {} }, t.clock, 3);
    expect(await remainingMessages()).toEqual(["never-sent"]);
    expect(await remainingKeys()).toEqual([]);
  });

  it("drops the counters of rate-limit windows that have ended, and keeps the running ones", async () => {
    const counter = (key: string, endsInHours: number) =>
      t.db
        .insertInto("rate_limit_counters")
        .values({ key, window_start: hoursAgo(1), hits: 3, expires_at: hoursAgo(-endsInHours) })
        .execute();
    await counter("cleanup|ended", -0.5);
    await counter("cleanup|running", 0.5);
    await t.worker.drain();
    const left = await t.db
      .selectFrom("rate_limit_counters")
      .select("key")
      .where("key", "like", "cleanup|%")
      .execute();
    expect(left.map((r) => r.key)).toEqual(["cleanup|running"]);
  });
});
