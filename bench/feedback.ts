/**
 * `npm run bench:feedback` (and part of `npm run bench`): ratings at scale. For SQLite and PostgreSQL in
 * turn, a throw-away database with one store rated 100,000 times (BENCH_SCALE shrinks it), the real app
 * in-process on it, timed with app.inject one request at a time: the store's rating (the 6-month share,
 * histogram and detailed averages, read from the day aggregates), its ratings list (first and a deep
 * page), a listing's rating, and a buyer's order page ratings.
 */
import { sql } from "kysely";
import type { DialectName } from "../src/server/platform/db/database.ts";
import { signUpAs } from "./console-app.ts";
import { type FigureSpec, measure, type Sampling } from "./console-measure.ts";
import { loadRatings, ratingPlan } from "./feedback-data.ts";
import { cursorOf, figureRow, get, onBenchApp, printPageBench } from "./pages.ts";
import type { Row } from "./table.ts";

const SCALE = Number(process.env.BENCH_SCALE || 1);
const SAMPLING: Sampling = { warmup: 20, samples: 200, budgetMs: 30_000 };
const PAGE_TARGET_MS = 50;

async function benchDialect(dialect: DialectName): Promise<Row[]> {
  return onBenchApp(dialect, async (bench, _db) => {
    const person = (name: string) =>
      signUpAs(bench.app, bench.handle, { name, role: "member", departments: [] });
    const buyer = await person("Bench Buyer");
    const seller = await person("Bench Seller");
    const plan = ratingPlan(SCALE);
    const loaded = await loadRatings(bench.handle.db, dialect, plan, {
      buyerId: buyer.id,
      sellerId: seller.id,
    });
    if (dialect === "postgres") await sql`vacuum analyze`.execute(bench.handle.db);
    const list = `/api/v1/stores/${loaded.storeId}/feedback?limit=20`;
    const deep = await cursorOf(bench, "", list, 20);
    const mine = loaded.myOrderIds;
    const specs: FigureSpec[] = [
      {
        name: "store rating (6 months)",
        targetMs: PAGE_TARGET_MS,
        next: async () => get("", `/api/v1/stores/${loaded.storeId}/rating`),
      },
      { name: "store ratings, first page (20)", targetMs: PAGE_TARGET_MS, next: async () => get("", list) },
      {
        name: "store ratings, page 20",
        targetMs: PAGE_TARGET_MS,
        next: async () => get("", `${list}&cursor=${deep}`),
      },
      {
        name: "store ratings, first page, as its seller",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(seller.cookie, list),
      },
      {
        name: "listing rating",
        targetMs: PAGE_TARGET_MS,
        next: async () => get("", `/api/v1/listings/${loaded.listingId}/rating`),
      },
      {
        name: "my order's ratings (buyer)",
        targetMs: PAGE_TARGET_MS,
        next: async (i) => get(buyer.cookie, `/api/v1/me/orders/${mine[i % mine.length]}/feedback`),
      },
    ];
    const figures = await measure(bench, specs, SAMPLING);
    const rating = (await bench.app.inject(get("", `/api/v1/stores/${loaded.storeId}/rating`))).json() as {
      counted: number;
      positivePercent: number;
    };
    return [
      [`${dialect}: data`, `${plan.ratings.toLocaleString("en")} ratings of one store`, "", ""],
      ["  loaded in", `${loaded.seconds.toFixed(1)} s`, "", ""],
      [
        "  store rating reads",
        `${rating.counted.toLocaleString("en")} counted, ${rating.positivePercent}% positive`,
        "",
        "",
      ],
      ...figures.map(figureRow),
    ];
  });
}

await printPageBench("ratings", benchDialect);
