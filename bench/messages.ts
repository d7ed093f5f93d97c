/**
 * Messages at scale (part of `npm run bench`). For SQLite and PostgreSQL in turn, a throw-away database
 * with a store whose buyers opened 2,000 threads in the last 30 days (100,000 messages between them,
 * BENCH_SCALE shrinks it) and one buyer's thread of 1,000 messages, the real app in-process on it, timed
 * with app.inject one request at a time: the thread's pages (newest, and 33 pages back to the first
 * message), both sides' lists, the header's unread count, the store's responsiveness, sending a message.
 */
import { sql } from "kysely";
import type { Db, DialectName } from "../src/server/platform/db/database.ts";
import type { MessageTable, MessageThreadTable } from "../src/server/platform/db/schema.messages.ts";
import { newId } from "../src/server/platform/ids.ts";
import { type BenchApp, PUBLIC_URL, signUpAs } from "./console-app.ts";
import { type Figure, type FigureSpec, measure, type Sampling } from "./console-measure.ts";
import { cursorOf, figureRow, get, onBenchApp, printPageBench } from "./pages.ts";
import type { Row } from "./table.ts";

const SCALE = Number(process.env.BENCH_SCALE || 1);
const SAMPLING: Sampling = { warmup: 20, samples: 200, budgetMs: 30_000 };
const THREAD_PAGE_TARGET_MS = 30;
const PAGE_TARGET_MS = 50;
const LONG_THREAD = 1000;
const CHUNK = 500;

const TEXTS = [
  "Hello, is this still available?",
  "Yes, it ships tomorrow with DHL.",
  "Could you send it to a packing station? See https://www.dhl.de/en/privatkunden.html",
  "Please pay by bank transfer outside the platform, it is faster.",
  "Thank you, it arrived in perfect condition.",
];

function plan(scale: number) {
  const threads = Math.max(10, Math.round(2000 * scale));
  return { threads, messagesPerThread: Math.max(2, Math.round(50 * Math.min(1, scale + 0.01))) };
}

const threadRow = (
  id: string,
  storeId: string,
  buyerId: string,
  startedAt: number,
  n: number,
): MessageThreadTable => ({
  id,
  store_id: storeId,
  buyer_user_id: buyerId,
  order_id: null,
  subject_key: `general:${storeId}:${buyerId}:${id}`,
  created_at: new Date(startedAt).toISOString(),
  last_message_id: "",
  last_message_at: new Date(startedAt + n * 60_000).toISOString(),
  last_sender_side: "store",
  last_preview: TEXTS[1]!,
  buyer_unread: 1,
  store_unread: n % 3 === 0 ? 1 : 0,
  buyer_read_at: null,
  store_read_at: null,
  first_replied_at: new Date(startedAt + 3_600_000).toISOString(),
  first_reply_seconds: 600 + (n % 97) * 60,
});

/** The messages of one thread, a minute apart, the two sides taking turns. */
function messagesOf(
  thread: MessageThreadTable,
  count: number,
  buyerId: string,
  sellerId: string,
): MessageTable[] {
  const start = Date.parse(thread.created_at);
  return Array.from({ length: count }, (_, i) => ({
    id: newId(),
    thread_id: thread.id,
    sender_side: i % 2 === 0 ? ("buyer" as const) : ("store" as const),
    hidden_at: null,
    sender_user_id: i % 2 === 0 ? buyerId : sellerId,
    body: `${TEXTS[i % TEXTS.length]} (${i + 1})`,
    risks_json: i % 5 === 3 ? '["pay_off_platform"]' : "[]",
    created_at: new Date(start + i * 60_000).toISOString(),
  }));
}

async function insertAll(db: Db, table: "message_threads" | "messages", rows: object[]) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
}

async function loadMessages(db: Db, people: { buyerId: string; sellerId: string; otherBuyerId: string }) {
  const started = performance.now();
  const now = Date.now();
  const storeId = `st-bench-${newId().slice(-8)}`;
  const at = new Date(now).toISOString();
  await db
    .insertInto("stores")
    .values({
      id: storeId,
      seller_user_id: people.sellerId,
      name: "Bench Store",
      description: "Benchmarks",
      country: "DE",
      status: "active",
      frozen_until: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const { threads, messagesPerThread } = plan(SCALE);
  const rows = Array.from({ length: threads }, (_, n) =>
    threadRow(newId(), storeId, people.otherBuyerId, now - 29 * 86_400_000 + n * 600_000, n),
  );
  const long = threadRow(newId(), storeId, people.buyerId, now - 2 * 86_400_000, LONG_THREAD);
  const all = [...rows, long];
  await insertAll(db, "message_threads", all);
  let messages = 0;
  for (const thread of all) {
    const count = thread === long ? LONG_THREAD : messagesPerThread;
    const batch = messagesOf(
      thread,
      count,
      thread === long ? people.buyerId : people.otherBuyerId,
      people.sellerId,
    );
    await insertAll(db, "messages", batch);
    await db
      .updateTable("message_threads")
      .set({ last_message_id: batch.at(-1)!.id })
      .where("id", "=", thread.id)
      .execute();
    messages += count;
  }
  return {
    storeId,
    threadId: long.id,
    threads: all.length,
    messages,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Sending messages, one at a time as the buyer's reply form does (answered 201, so timed here). */
async function timeSending(b: BenchApp, cookie: string, threadId: string, count: number): Promise<Figure> {
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  for (let i = 0; i < count + SAMPLING.warmup; i++) {
    const t0 = performance.now();
    const res = await b.app.inject({
      method: "POST",
      url: `/api/v1/threads/${threadId}/messages`,
      headers: { cookie, origin: PUBLIC_URL, "content-type": "application/json" },
      payload: { text: `Bench message ${i}: when does it ship?` },
    });
    const ms = performance.now() - t0;
    if (res.statusCode !== 201) {
      failed++;
      firstError ??= `${res.statusCode} ${res.body.slice(0, 200)}`;
    } else if (i >= SAMPLING.warmup) latencies.push(ms);
  }
  latencies.sort((x, y) => x - y);
  return {
    name: "send a message (buyer)",
    targetMs: PAGE_TARGET_MS,
    latencies,
    failed,
    firstError,
    replay: async () => {},
  };
}

async function benchDialect(dialect: DialectName): Promise<Row[]> {
  return onBenchApp(dialect, async (bench, _db) => {
    const person = (name: string) =>
      signUpAs(bench.app, bench.handle, { name, role: "member", departments: [] });
    const [buyer, seller, other] = [
      await person("Bench Buyer"),
      await person("Bench Seller"),
      await person("Other Buyer"),
    ];
    const loaded = await loadMessages(bench.handle.db, {
      buyerId: buyer.id,
      sellerId: seller.id,
      otherBuyerId: other.id,
    });
    if (dialect === "postgres") await sql`vacuum analyze`.execute(bench.handle.db);
    const thread = `/api/v1/threads/${loaded.threadId}/messages?limit=30`;
    const firstMessage = await cursorOf(bench, buyer.cookie, thread, Math.ceil(LONG_THREAD / 30));
    const sellerList = "/api/v1/me/threads?role=seller&limit=20";
    const deepSeller = await cursorOf(bench, seller.cookie, sellerList, 20);
    const specs: FigureSpec[] = [
      {
        name: `thread of ${LONG_THREAD}: newest page (30)`,
        targetMs: THREAD_PAGE_TARGET_MS,
        next: async () => get(buyer.cookie, thread),
      },
      {
        name: `thread of ${LONG_THREAD}: page ${Math.ceil(LONG_THREAD / 30)}, its first message`,
        targetMs: THREAD_PAGE_TARGET_MS,
        next: async () => get(buyer.cookie, `${thread}&cursor=${firstMessage}`),
      },
      {
        name: `thread of ${LONG_THREAD}: page of 100`,
        targetMs: THREAD_PAGE_TARGET_MS,
        next: async () => get(seller.cookie, `/api/v1/threads/${loaded.threadId}/messages?limit=100`),
      },
      {
        name: "buyer's threads, first page",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(buyer.cookie, "/api/v1/me/threads"),
      },
      {
        name: "store's threads, first page (20)",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(seller.cookie, sellerList),
      },
      {
        name: "store's threads, page 20",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(seller.cookie, `${sellerList}&cursor=${deepSeller}`),
      },
      {
        name: "unread counts (seller)",
        targetMs: PAGE_TARGET_MS,
        next: async () => get(seller.cookie, "/api/v1/me/threads/unread"),
      },
      {
        name: `store responsiveness (${loaded.threads.toLocaleString("en")} threads in 30 days)`,
        targetMs: PAGE_TARGET_MS,
        next: async () => get("", `/api/v1/stores/${loaded.storeId}/responsiveness`),
      },
    ];
    const figures = await measure(bench, specs, SAMPLING);
    // Writes last, so that the reads above saw the thread as loaded.
    const sending = await timeSending(bench, buyer.cookie, loaded.threadId, 100);
    const rate = (
      await bench.app.inject(get("", `/api/v1/stores/${loaded.storeId}/responsiveness`))
    ).json() as {
      medianReplyMinutes: number;
    };
    return [
      [
        `${dialect}: data`,
        `${loaded.threads.toLocaleString("en")} threads, ${loaded.messages.toLocaleString("en")} messages`,
        "",
        "",
      ],
      ["  loaded in", `${loaded.seconds.toFixed(1)} s`, "", ""],
      ["  store's median first reply", `${rate.medianReplyMinutes} min`, "", ""],
      ...figures.map(figureRow),
      figureRow(sending),
    ];
  });
}

await printPageBench("messages", benchDialect);
