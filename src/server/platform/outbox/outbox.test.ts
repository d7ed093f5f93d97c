import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import { listingReport } from "../../../../test/reports.fixtures.ts";
import { startSmtpPeer } from "../../../../test/smtp-peer.ts";
import { createWorker } from "../../worker.ts";
import { createMailer, type Mailer } from "../mail/mailer.ts";

const dialects = await availableDialects();

/** A mailer whose sends wait until the test lets them go, then go out for real (or fail). */
function heldMailer(real: Mailer) {
  let started = 0;
  let release: (outcome: "send" | "fail") => void = () => {};
  const outcome = new Promise<"send" | "fail">((resolve) => {
    release = resolve;
  });
  const mailer: Mailer = {
    kind: "smtp",
    async send(m) {
      started++;
      if ((await outcome) === "fail") throw new Error("connection reset");
      await real.send(m);
    },
    close: async () => {},
  };
  return { mailer, release: (o: "send" | "fail") => release(o), started: () => started };
}

function messageIds(raws: string[]): Set<string> {
  return new Set(raws.map((raw) => /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? ""));
}

describe.each(dialects)("receipts through the outbox to a real SMTP server (%s)", (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpPeer>>;
  beforeAll(async () => {
    smtp = await startSmtpPeer();
    t = await buildTestApp(dialect, { smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it("sends one receipt per report, even when the worker runs again", async () => {
    const listing = await t.createListing();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url),
    });
    expect(res.statusCode).toBe(201);
    expect(smtp.received).toHaveLength(0); // nothing leaves before the worker runs: the outbox holds it
    await t.worker.drain();
    await t.worker.drain();
    const receipts = smtp.received.filter((m) => m.raw.includes(res.json().reference));
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.to).toEqual(["guest@example.test"]);
    const row = await t.db
      .selectFrom("outbox")
      .selectAll()
      .where("dedupe_key", "=", `mail:report.receipt:${res.json().id}`)
      .executeTakeFirstOrThrow();
    expect(row.processed_at).not.toBeNull();
  });

  it("keeps a message when the SMTP server is down and delivers it on a later run", async () => {
    const listing = await t.createListing();
    const deadMailer = createMailer({
      smtpUrl: "smtp://127.0.0.1:1",
      mailFrom: "x@redress.test",
      dataDir: t.config.dataDir,
    });
    const failing = createWorker(
      {
        config: t.config,
        database: { db: t.db, dialect, destroy: async () => {} },
        clock: t.clock,
        mailer: deadMailer,
      },
      0,
    );
    const res = await t.app.inject({
      method: "POST",
      url: "/api/v1/reports",
      payload: listingReport(listing.url, { contactEmail: "later@example.test" }),
    });
    await failing.drain();
    const key = `mail:report.receipt:${res.json().id}`;
    const failed = await t.db
      .selectFrom("outbox")
      .selectAll()
      .where("dedupe_key", "=", key)
      .executeTakeFirstOrThrow();
    expect(failed.processed_at).toBeNull();
    expect(failed.last_error).toBeTruthy();
    expect(smtp.received.some((m) => m.to.includes("later@example.test"))).toBe(false);

    t.clock.advanceHours(1);
    await t.worker.drain();
    expect(smtp.received.filter((m) => m.to.includes("later@example.test"))).toHaveLength(1);
  });

  it("sends each mail once when a worker dies in the middle of a batch and another takes over", async () => {
    const recipients = ["crash-1@example.test", "crash-2@example.test", "crash-3@example.test"];
    for (const to of recipients) {
      const listing = await t.createListing();
      await t.app.inject({
        method: "POST",
        url: "/api/v1/reports",
        payload: listingReport(listing.url, { contactEmail: to }),
      });
    }
    // A worker whose process dies while sending the second mail: that send never completes; the
    // batch's other mails go out side by side and are settled as each is sent.
    const real = createMailer({ smtpUrl: smtp.url, mailFrom: "x@redress.test", dataDir: t.config.dataDir });
    let sends = 0;
    const dying = createWorker(
      {
        config: t.config,
        database: { db: t.db, dialect, destroy: async () => {} },
        clock: t.clock,
        mailer: {
          kind: "smtp",
          send: (m) => (++sends === 2 ? new Promise<void>(() => {}) : real.send(m)),
          close: async () => {},
        },
      },
      0,
    );
    void dying.drain();
    await expect.poll(() => sends).toBe(3);
    await expect.poll(() => smtp.received.filter((m) => recipients.includes(m.to[0]!)).length).toBe(2);
    const settled = () =>
      t.db
        .selectFrom("outbox")
        .select("id")
        .where("payload_json", "like", "%crash-_@example.test%")
        .where("processed_at", "is not", null)
        .execute();
    await expect.poll(async () => (await settled()).length).toBe(2);

    t.clock.advanceHours(0.02); // past the dead worker's lease
    await t.worker.drain();
    for (const to of recipients) expect(smtp.received.filter((m) => m.to.includes(to))).toHaveLength(1);
    await real.close();
  });

  it("indexes only the unprocessed rows for the worker's due query", async () => {
    const query =
      dialect === "postgres"
        ? sql<{ def: string }>`select indexdef as def from pg_indexes where indexname = 'outbox_due_idx'`
        : sql<{ def: string }>`select sql as def from sqlite_master where name = 'outbox_due_idx'`;
    const { rows } = await query.execute(t.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.def.toLowerCase()).toMatch(
      /\(\s*"?available_at"?\s*\)\s*where\s*\(?"?processed_at"? is null/,
    );
  });

  describe("a worker whose lease was taken over", () => {
    async function overtakenWorker(to: string, outcome: "send" | "fail") {
      const listing = await t.createListing();
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/reports",
        payload: listingReport(listing.url, { contactEmail: to }),
      });
      const key = `mail:report.receipt:${res.json().id}`;
      const real = createMailer({ smtpUrl: smtp.url, mailFrom: "x@redress.test", dataDir: t.config.dataDir });
      const held = heldMailer(real);
      const slow = createWorker(
        {
          config: t.config,
          database: { db: t.db, dialect, destroy: async () => {} },
          clock: t.clock,
          mailer: held.mailer,
        },
        0,
      );
      const slowRun = slow.drain();
      await expect.poll(() => held.started()).toBe(1);
      t.clock.advanceHours(0.02); // past the slow worker's lease: another worker claims the row again
      await t.worker.drain();
      const done = await t.db
        .selectFrom("outbox")
        .selectAll()
        .where("dedupe_key", "=", key)
        .executeTakeFirstOrThrow();
      expect(done.processed_at).not.toBeNull();
      t.clock.advanceHours(1);
      held.release(outcome);
      await slowRun;
      await real.close();
      const after = await t.db
        .selectFrom("outbox")
        .selectAll()
        .where("dedupe_key", "=", key)
        .executeTakeFirstOrThrow();
      return { done, after };
    }

    it("does not mark the row done again when its late send completes", async () => {
      const to = "late-send@example.test";
      const { done, after } = await overtakenWorker(to, "send");
      expect(after).toEqual(done);
      expect(after.attempts).toBe(2);
      t.clock.advanceHours(2);
      await t.worker.drain();
      const copies = smtp.received.filter((m) => m.to.includes(to)).map((m) => m.raw);
      expect(copies.length).toBeLessThanOrEqual(2); // the late copy, never a third send
      expect(messageIds(copies).size).toBe(1); // both copies are the same message to the recipient
    });

    it("does not record its failure or schedule a retry on the row another worker finished", async () => {
      const to = "late-failure@example.test";
      const { done, after } = await overtakenWorker(to, "fail");
      expect(after).toEqual(done);
      expect(after.last_error).toBeNull();
      t.clock.advanceHours(2);
      await t.worker.drain();
      expect(smtp.received.filter((m) => m.to.includes(to))).toHaveLength(1);
    });
  });
});
