/**
 * The integration API and the audit log (part of `npm run bench`). For SQLite and PostgreSQL in turn, a
 * throw-away database and the real app in-process, timed with app.inject one request at a time: a batch
 * of 1,000 new listings, the same batch again (every item unchanged), a batch of 1,000 newer versions;
 * then the audit log's whole-chain check over 20,000 entries
 * (BENCH_SCALE shrinks it).
 */

import { appendAudit } from "../src/server/platform/audit/audit-log.ts";
import type { DialectName } from "../src/server/platform/db/database.ts";
import { type BenchApp, signUpAs } from "./console-app.ts";
import { type Figure, type FigureSpec, measure, type Sampling } from "./console-measure.ts";
import { figureRow, onBenchApp, printPageBench } from "./pages.ts";
import type { Row } from "./table.ts";

const SCALE = Number(process.env.BENCH_SCALE || 1);
const SAMPLING: Sampling = { warmup: 2, samples: 10, budgetMs: 30_000 };
const BATCH = 1000;
const BATCH_TARGET_MS = 2000;
const VERIFY_TARGET_MS = 3000;
const AUDIT_ENTRIES = Math.max(500, Math.round(20_000 * SCALE));

async function issueKey(b: BenchApp, scopes: string[]) {
  const admin = await signUpAs(b.app, b.handle, { name: "Bench Admin", role: "admin", departments: [] });
  const res = await b.app.inject({
    method: "POST",
    url: "/api/v1/admin/api-keys",
    headers: { cookie: admin.cookie, origin: "http://localhost:3000" },
    payload: { name: "Bench shop backend", scopes },
  });
  if (res.statusCode !== 201) throw new Error(`issuing a key failed: ${res.statusCode} ${res.body}`);
  return { admin, secret: (res.json() as { secret: string }).secret };
}

const listing = (i: number, round: number, storeId: string, hour: number) => ({
  id: `bench-li-${round}-${i}`,
  storeId,
  title: `Bench listing ${i}`,
  description: "A listing the marketplace sent through the integration API.",
  priceMinor: 1000 + i,
  currency: "EUR",
  category: "electronics",
  gtin: "4006381333931",
  updatedAt: `2026-12-04T${String(hour).padStart(2, "0")}:00:00Z`,
});

/** Each request writes one batch: new listings (round i), the same again, newer versions of them. */
function batchSpecs(secret: string, storeId: string): FigureSpec[] {
  const put = (items: unknown[]) => ({
    method: "PUT" as const,
    url: "/api/v1/integration/listings",
    headers: { authorization: `Bearer ${secret}` },
    payload: { items },
  });
  const batchOf = (round: number, hour: number) =>
    Array.from({ length: BATCH }, (_, i) => listing(i, round, storeId, hour));
  return [
    { name: `PUT ${BATCH} new listings`, targetMs: BATCH_TARGET_MS, next: async (i) => put(batchOf(i, 10)) },
    {
      name: `PUT ${BATCH} listings, unchanged`,
      targetMs: BATCH_TARGET_MS,
      next: async () => put(batchOf(0, 10)),
    },
    {
      name: `PUT ${BATCH} newer versions`,
      targetMs: BATCH_TARGET_MS,
      next: async (i) => put(batchOf(0, 11 + (i % 12))),
    },
  ];
}

async function timeVerify(b: BenchApp, adminCookie: string): Promise<Figure> {
  const at = new Date().toISOString();
  for (let done = 0; done < AUDIT_ENTRIES; done += 500) {
    await b.handle.db.transaction().execute((tx) =>
      appendAudit(
        tx,
        Array.from({ length: Math.min(500, AUDIT_ENTRIES - done) }, (_, i) => ({
          actorUserId: null,
          action: "case.decided" as const,
          subject: { kind: "case", id: `bench-case-${done + i}` },
          data: { outcome: "action_taken", actions: [{ type: "remove_listing" }] },
          at,
        })),
      ),
    );
  }
  const [figure] = await measure(
    b,
    [
      {
        name: `audit chain check, ${AUDIT_ENTRIES.toLocaleString("en")} entries`,
        targetMs: VERIFY_TARGET_MS,
        next: async () => ({
          method: "GET",
          url: "/api/v1/admin/audit/verification",
          headers: { cookie: adminCookie },
        }),
      },
    ],
    { warmup: 1, samples: 5, budgetMs: 60_000 },
  );
  return figure!;
}

async function benchDialect(dialect: DialectName): Promise<Row[]> {
  return onBenchApp(dialect, async (b) => {
    const { admin, secret } = await issueKey(b, ["catalog:write", "decisions:read"]);
    const store = await b.app.inject({
      method: "PUT",
      url: "/api/v1/integration/stores",
      headers: { authorization: `Bearer ${secret}` },
      payload: {
        items: [{ id: "bench-st-1", name: "Bench Store", country: "DE", updatedAt: "2026-12-04T10:00:00Z" }],
      },
    });
    if (store.statusCode !== 200) throw new Error(`store write failed: ${store.body}`);
    const batches = await measure(b, batchSpecs(secret, "bench-st-1"), SAMPLING);
    const verify = await timeVerify(b, admin.cookie);
    return [...batches, verify].map((f) => {
      const row = figureRow(f);
      row[0] = `${dialect}: ${row[0]}`;
      return row;
    });
  });
}

await printPageBench("Integration API and audit log", benchDialect);
