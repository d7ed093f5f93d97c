import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";
import { enqueue } from "../outbox/outbox.ts";

const dialects = await availableDialects();

describe.each(dialects)("metrics: the outbox backlog (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  async function oldestPending(): Promise<string | undefined> {
    const res = await t.app.inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    return /^redress_outbox_oldest_pending_seconds (\S+)$/m.exec(res.body)?.[1];
  }

  it("shows how long the oldest unsent message has waited, and 0 once it is sent", async () => {
    expect(await oldestPending()).toBe("0");
    const listing = await t.createListing();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url),
    });
    expect(res.statusCode).toBe(201);
    t.clock.advanceHours(0.5);
    expect(await oldestPending()).toBe("1800");
    await t.worker.drain();
    expect(await oldestPending()).toBe("0");
  });

  it("does not count a message deferred to later until it is due and tried", async () => {
    await enqueue(t.db, t.clock, {
      topic: "metrics.test",
      dedupeKey: "metrics:deferred",
      payload: {},
      availableAt: new Date(t.clock.now().getTime() + 3_600_000),
    });
    t.clock.advanceHours(0.5);
    expect(await oldestPending()).toBe("0");
    t.clock.advanceHours(1);
    await t.worker.drain(); // no handler for the topic: it fails and waits for a retry
    expect(await oldestPending()).toBe("5400");
  });
});
