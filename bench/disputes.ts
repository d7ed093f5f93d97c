/**
 * `npm run bench:disputes` (and the last part of `npm run bench`): disputes at scale. For SQLite and
 * PostgreSQL in turn, a throw-away database with 100,000 disputes (BENCH_SCALE shrinks it), the real app
 * in-process on it, and timed with app.inject: the dispute page, My Disputes (first and a deep page, as
 * buyer and as seller), the console's queue and dispute page. Then two workers sweep the 10,000 due
 * timers side by side; the figure is the time until none is left, and no dispute may be taken twice.
 */

import { sql } from "kysely";
import { createDisputesRepository } from "../src/server/modules/disputes/disputes.repository.ts";
import { fireDueTimers } from "../src/server/modules/disputes/disputes.timers.ts";
import { systemClock } from "../src/server/platform/clock.ts";
import { type DialectName, openDatabase } from "../src/server/platform/db/database.ts";
import { createTransact } from "../src/server/platform/db/transactions.ts";
import { PUBLIC_URL, signUpAs } from "./console-app.ts";
import { type FigureSpec, measure, type Sampling } from "./console-measure.ts";
import { disputePlan, loadDisputes } from "./disputes-data.ts";
import { cursorOf, figureRow, get, onBenchApp, printPageBench } from "./pages.ts";
import type { Row } from "./table.ts";

const SCALE = Number(process.env.BENCH_SCALE || 1);
const SAMPLING: Sampling = { warmup: 20, samples: 200, budgetMs: 30_000 };
const PAGE_TARGET_MS = 50;
const SWEEP_TARGET_S = 5;

/** Two workers, each on its own connection, sweep until no timer is due; seconds and timers fired. */
async function sweep(url: string) {
  const workers = [openDatabase(url), openDatabase(url)];
  const started = performance.now();
  try {
    const fired = await Promise.all(
      workers.map(async (handle) => {
        const deps = {
          db: handle.db,
          transact: createTransact(handle),
          clock: systemClock,
          disputes: createDisputesRepository(),
          publicUrl: PUBLIC_URL,
          skipLocked: handle.dialect === "postgres",
        };
        let total = 0;
        for (let n = await fireDueTimers(deps); n > 0; n = await fireDueTimers(deps)) total += n;
        return total;
      }),
    );
    return { seconds: (performance.now() - started) / 1000, fired: fired[0]! + fired[1]! };
  } finally {
    for (const handle of workers) await handle.destroy();
  }
}

async function benchDialect(dialect: DialectName): Promise<Row[]> {
  return onBenchApp(dialect, async (bench, db) => {
    await bench.handle.db
      .insertInto("staff_departments")
      .values({ user_id: bench.moderator.id, department: "disputes" })
      .execute();
    const buyer = await signUpAs(bench.app, bench.handle, {
      name: "Bench Buyer",
      role: "member",
      departments: [],
    });
    const seller = await signUpAs(bench.app, bench.handle, {
      name: "Bench Seller",
      role: "member",
      departments: [],
    });
    const plan = disputePlan(SCALE);
    const loaded = await loadDisputes(bench.handle.db, dialect, plan, {
      buyerId: buyer.id,
      sellerId: seller.id,
    });
    if (dialect === "postgres") await sql`vacuum analyze`.execute(bench.handle.db);
    const mine = loaded.myDisputeIds;
    const queueIds = (
      await bench.handle.db
        .selectFrom("disputes")
        .select("id")
        .where("status", "in", ["escalated", "appealed"])
        .limit(500)
        .execute()
    ).map((r) => r.id);
    const buyerList = "/api/v1/me/disputes?role=buyer&limit=20";
    const sellerList = "/api/v1/me/disputes?role=seller&limit=20";
    const queue = "/api/v1/console/disputes?limit=50";
    const deepBuyer = await cursorOf(bench, buyer.cookie, buyerList, 20);
    const deepQueue = await cursorOf(bench, bench.moderator.cookie, queue, 20);
    const specs: FigureSpec[] = [
      {
        name: "dispute page (buyer)",
        targetMs: PAGE_TARGET_MS,
        next: async (i) => get(buyer.cookie, `/api/v1/disputes/${mine[i % mine.length]}`),
      },
      {
        name: "My Disputes, buyer, first page",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(buyer.cookie, buyerList),
      },
      {
        name: "My Disputes, buyer, page 20",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(buyer.cookie, `${buyerList}&cursor=${deepBuyer}`),
      },
      {
        name: "My Disputes, seller, first page",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(seller.cookie, sellerList),
      },
      {
        name: "console queue, first page (50)",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(bench.moderator.cookie, queue),
      },
      {
        name: "console queue, page 20",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(bench.moderator.cookie, `${queue}&cursor=${deepQueue}`),
      },
      {
        name: "console queue, appealed",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(bench.moderator.cookie, `${queue}&status=appealed`),
      },
      {
        name: "console dispute page",
        targetMs: PAGE_TARGET_MS,
        next: async (i) =>
          get(bench.moderator.cookie, `/api/v1/console/disputes/${queueIds[i % queueIds.length]}`),
      },
    ];
    const figures = await measure(bench, specs, SAMPLING);
    const swept = await sweep(db.url);
    const twice = await bench.handle.db
      .selectFrom("dispute_events")
      .select("dispute_id")
      .where("actor", "=", "system")
      .where("type", "<>", "reminder.sent")
      .groupBy("dispute_id")
      .having((eb) => eb.fn.countAll(), ">", 1)
      .execute();
    return [
      [
        `${dialect}: data`,
        `${plan.disputes.toLocaleString("en")} disputes, ${(plan.timed + plan.withPlatform).toLocaleString("en")} open`,
        "",
        "",
      ],
      ["  loaded in", `${loaded.seconds.toFixed(1)} s`, "", ""],
      ...figures.map(figureRow),
      [
        `timer sweep, 2 workers, ${loaded.timed.toLocaleString("en")} due`,
        `${swept.seconds.toFixed(2)} s, ${swept.fired.toLocaleString("en")} fired`,
        `< ${SWEEP_TARGET_S} s`,
        swept.seconds < SWEEP_TARGET_S && swept.fired === loaded.timed,
      ],
      ["  disputes taken twice", String(twice.length), "0", twice.length === 0],
    ];
  });
}

await printPageBench("disputes", benchDialect);
