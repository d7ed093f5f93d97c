import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp } from "../../../../test/app.ts";
import { availableDialects } from "../../../../test/databases.ts";
import type { TimerJob } from "./module.ts";
import { createTimerRunner } from "./timers.ts";

const dialects = await availableDialects();

describe.each(dialects)("scheduled jobs across instances (%s)", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A job that counts its runs and, until `release` is called, holds its first run open. */
  function heldJob(name: string, everySeconds = 60) {
    let runs = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const job: TimerJob = {
      name,
      everySeconds,
      async run() {
        runs++;
        if (runs === 1) await held;
        return 0;
      },
    };
    return { job, runs: () => runs, release: () => release() };
  }

  it("runs a job on one instance at a time: a second instance skips it while the first holds it", async () => {
    const first = createTimerRunner(t.db, t.clock);
    const second = createTimerRunner(t.db, t.clock);
    const counted = heldJob(`held-${dialect}`);
    const running = first.runOnce(counted.job, false);
    await expect.poll(() => counted.runs()).toBe(1);
    await second.runOnce(counted.job, false);
    expect(counted.runs()).toBe(1);
    counted.release();
    await running;
    await second.runOnce(counted.job, false);
    expect(counted.runs()).toBe(2);
  });

  it("keeps a job's interval between runs on any instance when asked to", async () => {
    const runners = [createTimerRunner(t.db, t.clock), createTimerRunner(t.db, t.clock)];
    let runs = 0;
    const job: TimerJob = {
      name: `spaced-${dialect}`,
      everySeconds: 600,
      run: async () => {
        runs++;
        return 0;
      },
    };
    for (const runner of [...runners, ...runners]) await runner.runOnce(job, true);
    expect(runs).toBe(1);
    t.clock.advanceHours(0.2); // 12 minutes: past the interval
    await Promise.all(runners.map((runner) => runner.runOnce(job, true)));
    expect(runs).toBe(2);
  });

  it("runs a job again at once while it keeps finding work, and frees it after a failure", async () => {
    const runner = createTimerRunner(t.db, t.clock);
    let left = 250;
    const batches: TimerJob = {
      name: `batches-${dialect}`,
      everySeconds: 60,
      run: async () => {
        const n = Math.min(100, left);
        left -= n;
        return n;
      },
    };
    expect(await runner.runOnce(batches, false)).toBe(250);
    const failing: TimerJob = {
      name: `failing-${dialect}`,
      everySeconds: 60,
      run: async () => {
        throw new Error("the mail server is down");
      },
    };
    await expect(runner.runOnce(failing, false)).rejects.toThrow("the mail server is down");
    const lock = await t.db
      .selectFrom("timer_locks")
      .selectAll()
      .where("name", "=", failing.name)
      .executeTakeFirstOrThrow();
    expect(lock).toMatchObject({ lease_token: null, locked_until: null, last_run_at: null });
  });
});
