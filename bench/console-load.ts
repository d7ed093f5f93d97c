/**
 * Bulk-loads the console bench's data set with set-based SQL: each step is one INSERT … SELECT over a
 * sequence table (one statement, one transaction), so a million rows never cross into JavaScript.
 */
import { sql } from "kysely";
import { REPORT_TYPE_IDS, reportTypeBit } from "../src/contracts/report-types.ts";
import type { Db } from "../src/server/platform/db/database.ts";
import { blockCounts, type DataPlan, DEPARTMENTS, REPORTS_PER_BLOCK, vocabulary } from "./console-data.ts";
import { caseSteps } from "./console-load-cases.ts";
import { reportSteps } from "./console-load-reports.ts";

export interface Step {
  name: string;
  sql: string;
}

export interface LoadResult {
  seconds: number;
  steps: { name: string; seconds: number }[];
}

function helperSteps(plan: DataPlan, v: ReturnType<typeof vocabulary>): Step[] {
  const { d } = v;
  const seqSize = Math.max(plan.reports, plan.listings, plan.cases, plan.reporterUsers);
  const counts = blockCounts();
  const slots: string[] = [];
  const offsets: string[] = [];
  let off = 0;
  counts.forEach((count, slot) => {
    slots.push(`(${slot}, ${count})`);
    for (let pos = 0; pos < count; pos++) offsets.push(`(${off++}, ${slot}, ${pos})`);
  });
  if (off !== REPORTS_PER_BLOCK) throw new Error("block offsets do not add up");
  const seq =
    d.name === "sqlite"
      ? `with recursive s(i) as (select 0 union all select i + 1 from s where i < ${seqSize - 1}) insert into bench_seq (i) select i from s`
      : `insert into bench_seq (i) select generate_series(0, ${seqSize - 1})`;
  return [
    { name: "sequence", sql: `${d.helperTable} bench_seq (i integer primary key)` },
    { name: "sequence", sql: seq },
    { name: "blocks", sql: `${d.helperTable} bench_block (slot integer primary key, cnt integer not null)` },
    { name: "blocks", sql: `insert into bench_block (slot, cnt) values ${slots.join(", ")}` },
    {
      name: "blocks",
      sql: `${d.helperTable} bench_rslot (off integer primary key, slot integer not null, pos integer not null)`,
    },
    { name: "blocks", sql: `insert into bench_rslot (off, slot, pos) values ${offsets.join(", ")}` },
  ];
}

function userSteps(plan: DataPlan, v: ReturnType<typeof vocabulary>): Step[] {
  const { d } = v;
  const at = d.authTime(d.iso(String(plan.now - 500 * 86_400_000)));
  const insert = (u: string, name: string, email: string, role: string, where: string) =>
    `insert into "user" (id, name, email, "emailVerified", image, "createdAt", "updatedAt", role)
     select ${v.userId(u)}, ${name}, ${email}, ${d.bool(true)}, null, ${at}, ${at}, '${role}'
     from bench_seq where ${where}`;
  return [
    {
      name: "users",
      sql: insert(
        "i",
        "'Reporter ' || i",
        "'reporter' || i || '@example.test'",
        "member",
        `i < ${plan.reporterUsers}`,
      ),
    },
    {
      name: "users",
      sql: insert(
        v.sellerUser("i"),
        "'Seller ' || i",
        "'seller' || i || '@example.test'",
        "member",
        `i < ${plan.stores} and i % 2 = 0`,
      ),
    },
    {
      name: "users",
      sql: insert(
        v.staffUser("i"),
        "'Moderator ' || i",
        "'moderator' || i || '@redress.example'",
        "moderator",
        `i < ${plan.staff}`,
      ),
    },
    {
      name: "users",
      sql: insert(
        v.flaggerUser("i"),
        "'Trusted Flagger ' || i",
        "'flagger' || i || '@trusted.example'",
        "member",
        `i < ${plan.trustedFlaggers}`,
      ),
    },
    {
      name: "users",
      sql: `insert into trusted_flaggers (user_id, organisation, designated_by, designated_at, revoked_at)
            select ${v.userId(v.flaggerUser("i"))}, 'Trusted Organisation ' || i, ${v.userId(v.staffUser("0"))}, ${d.iso(String(plan.now - 400 * 86_400_000))}, null
            from bench_seq where i < ${plan.trustedFlaggers}`,
    },
    {
      name: "users",
      sql: `insert into staff_departments (user_id, department)
            select ${v.userId(v.staffUser("i / 4"))}, case i % 4 ${DEPARTMENTS.map((dep, n) => `when ${n} then '${dep}'`).join(" ")} end
            from bench_seq where i < ${plan.staff * 4}`,
    },
  ];
}

function catalogSteps(plan: DataPlan, v: ReturnType<typeof vocabulary>): Step[] {
  return [
    {
      name: "stores",
      sql: `insert into stores (id, seller_user_id, name, description, country, status, frozen_until, created_at, updated_at)
            select ${v.storeId("i")}, ${v.sellerUserId("i")}, ${v.storeName("i")}, 'A store of the bench catalog.',
              ${v.storeCountry("i")}, 'active', null, ${v.catalogTime("i", plan.stores)}, ${v.catalogTime("i", plan.stores)}
            from bench_seq where i < ${plan.stores}`,
    },
    {
      name: "listings",
      sql: `insert into listings (id, store_id, title, description, price_minor, currency, image_url, category, status, created_at, updated_at)
            select ${v.listingId("i")}, ${v.storeId(`i % ${plan.stores}`)}, ${v.listingTitle("i")},
              'A listing of the bench catalog, with a description of ordinary length for a marketplace item.',
              ${v.listingPrice("i")}, 'EUR', null, ${v.listingCategory("i")}, 'active',
              ${v.catalogTime("i", plan.listings)}, ${v.catalogTime("i", plan.listings)}
            from bench_seq where i < ${plan.listings}`,
    },
  ];
}

const cleanupSteps = (): Step[] =>
  ["bench_report", "bench_case", "bench_rslot", "bench_block", "bench_seq"].map((t) => ({
    name: "cleanup",
    sql: `drop table if exists ${t}`,
  }));

export function loadSteps(plan: DataPlan, dialect: "sqlite" | "postgres"): Step[] {
  const v = vocabulary(plan, dialect);
  return [
    ...cleanupSteps(),
    ...helperSteps(plan, v),
    ...userSteps(plan, v),
    ...catalogSteps(plan, v),
    ...caseSteps(plan, v),
    ...reportSteps(plan, v),
    ...cleanupSteps(),
  ];
}

/** Runs the steps in order and times them (steps of the same name add up). */
export async function loadData(db: Db, plan: DataPlan, dialect: "sqlite" | "postgres"): Promise<LoadResult> {
  const started = performance.now();
  const times = new Map<string, number>();
  if (dialect === "sqlite") {
    // For the load only: this connection is closed before the app opens its own, with its own pragmas.
    await sql`pragma cache_size = -1000000`.execute(db);
    await sql`pragma temp_store = memory`.execute(db);
  }
  for (const step of loadSteps(plan, dialect)) {
    const t0 = performance.now();
    try {
      await sql.raw(step.sql).execute(db);
    } catch (error) {
      throw new Error(`load step "${step.name}" failed: ${(error as Error).message}\n${step.sql}`);
    }
    times.set(step.name, (times.get(step.name) ?? 0) + (performance.now() - t0) / 1000);
  }
  const typesStarted = performance.now();
  // The case's report-type mask, as intake keeps it (one set-based update per type).
  for (const type of REPORT_TYPE_IDS) {
    await sql`update cases set report_types = report_types | ${reportTypeBit(type)}
      where exists (select 1 from report_targets rt join reports r on r.id = rt.report_id
                    where rt.case_id = cases.id and r.type = ${type})`.execute(db);
  }
  times.set("report types", (performance.now() - typesStarted) / 1000);
  const t0 = performance.now();
  if (dialect === "sqlite") {
    await sql`analyze`.execute(db);
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
  } else {
    // VACUUM as autovacuum would soon after a bulk load: hint bits and the visibility map, for index-only scans.
    await sql`vacuum analyze`.execute(db);
  }
  times.set("analyze", (performance.now() - t0) / 1000);
  return {
    seconds: (performance.now() - started) / 1000,
    steps: [...times].map(([name, seconds]) => ({ name, seconds })),
  };
}
