/**
 * The shape of the console bench's data set: how many of each row, and the expressions that make a
 * catalog entry, a user or a case from its number, shared by every statement that refers to it.
 */
import { dialectSql, lit, pick, type SqlDialect, uuidAt } from "./console-sql.ts";

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export const DEPARTMENTS = ["listing_compliance", "fraud_security", "marketplace_integrity", "ip_protection"];
export const TYPES = [
  "listing_violation",
  "phishing",
  "suspicious_behavior",
  "illegal_promotion",
  "ip_rights_holder",
  "copyright",
];

/**
 * Reports per case in each block of 50 cases (250 reports): one case of 20, the rest from 1 to 18. Cases
 * at slot 0 have 20 reports and always target a listing, so that every department has such cases.
 */
const BLOCK_COUNTS = [
  20,
  ...[1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  ...[2, 2, 2, 2, 2, 2, 2, 2, 2],
  ...[3, 3, 3, 3, 3, 3],
  ...[4, 4, 4, 4, 4, 4],
  ...[5, 5, 5, 5],
  ...[6, 6, 6, 6],
  ...[8, 8, 8],
  ...[10, 10],
  ...[12, 12],
  ...[15, 15],
  18,
];
export const CASES_PER_BLOCK = BLOCK_COUNTS.length;
export const REPORTS_PER_BLOCK = BLOCK_COUNTS.reduce((a, b) => a + b, 0);
if (CASES_PER_BLOCK !== 50 || REPORTS_PER_BLOCK !== 250) throw new Error("the block pattern must be 50/250");

/** Interleaves small and large cases inside a block (slot 0 stays the 20-report case). */
export function blockCounts(): number[] {
  const rest = BLOCK_COUNTS.slice(1);
  const out = [20];
  for (let i = 0; i < rest.length; i++) out.push(rest[(i * 17) % rest.length]!);
  return out;
}

export interface DataPlan {
  now: number;
  publicUrl: string;
  stores: number;
  listings: number;
  cases: number;
  /** Cases numbered below this are decided; the newest 15 % are open or waiting for information. */
  decidedBelow: number;
  reports: number;
  reporters: number;
  /** Reporters numbered below this have an account (user:<id> keys); the others reported as guests. */
  reporterUsers: number;
  staff: number;
  /** Organisations designated as trusted flaggers; one of them files the first report of 1 case in 22. */
  trustedFlaggers: number;
}

/** The stated sizes at scale 1 (BENCH_SCALE shrinks them for a quick run while developing). */
export function planFor(scale: number, publicUrl: string): DataPlan {
  const cases = Math.max(1, Math.round((200_000 * scale) / 1000)) * 1000;
  return {
    now: Math.floor(Date.now() / 1000) * 1000,
    publicUrl,
    stores: Math.round(2_000 * scale),
    listings: Math.round(100_000 * scale),
    cases,
    decidedBelow: Math.round(cases * 0.85),
    reports: (cases / CASES_PER_BLOCK) * REPORTS_PER_BLOCK,
    reporters: Math.round(300_000 * scale),
    reporterUsers: Math.round(20_000 * scale),
    staff: 20,
    trustedFlaggers: 30,
  };
}

export const TAG = {
  user: 0x001,
  case: 0x010,
  caseOpened: 0x011,
  reportAttached: 0x012,
  caseDecided: 0x013,
  report: 0x020,
  target: 0x021,
  reportEvent: 0x022,
  evidence: 0x023,
  decision: 0x030,
  enforcement: 0x031,
  strike: 0x032,
};

const PRODUCTS = [
  "Wireless earbuds",
  "Painkillers 500 mg",
  "Leather handbag",
  "Running shoes",
  "Smart watch",
  "Vitamin gummies",
  "Phone case",
  "Sunglasses",
  "Perfume 100 ml",
  "Gaming mouse",
  "Kitchen knife set",
  "Hoodie",
];
const CATEGORIES = ["electronics", "health", "fashion", "sports", "beauty", "home"];
const STORE_WORDS = [
  "Bright",
  "Nordic",
  "Urban",
  "Harbor",
  "Summit",
  "Maple",
  "Cedar",
  "Pixel",
  "Velvet",
  "Atlas",
];
export const COUNTRIES = ["DE", "FR", "IT", "ES", "NL"];

/** Expressions for one data plan on one dialect. */
export function vocabulary(plan: DataPlan, dialectName: "sqlite" | "postgres") {
  const d: SqlDialect = dialectSql(dialectName);
  const userEpoch = plan.now - 500 * DAY_MS;
  const storeId = (i: string) => `('st-' || ${d.hex(i, 6)})`;
  const listingId = (j: string) => `('it-' || ${d.hex(j, 8)})`;
  const userId = (u: string) => uuidAt(d, TAG.user, String(userEpoch), u);
  const sellerUser = (i: string) => `1000000 + ${i}`;
  return {
    d,
    storeId,
    listingId,
    userId,
    /** Every other store has a seller account here. */
    sellerUserId: (i: string) => `(case when (${i}) % 2 = 0 then ${userId(sellerUser(i))} else null end)`,
    sellerUser,
    staffUser: (s: string) => `2000000 + ${s}`,
    flaggerUser: (t: string) => `3000000 + ${t}`,
    storeName: (i: string) =>
      `(${pick(`(${i}) % ${STORE_WORDS.length}`, STORE_WORDS)} || ' Store ' || (${i}))`,
    listingTitle: (j: string) => `(${pick(`(${j}) % ${PRODUCTS.length}`, PRODUCTS)} || ' #' || (${j}))`,
    listingPrice: (j: string) => `(500 + ((${j}) * 37) % 20000)`,
    listingCategory: (j: string) => pick(`(${j}) % ${CATEGORIES.length}`, CATEGORIES),
    storeCountry: (i: string) => pick(`(${i}) % ${COUNTRIES.length}`, COUNTRIES),
    listingUrl: (id: string) => `(${lit(`${plan.publicUrl}/shop/item/`)} || ${id})`,
    storeUrl: (id: string) => `(${lit(`${plan.publicUrl}/shop/store/`)} || ${id})`,
    /** Catalog rows were created over the 400 days before the data set's "now". */
    catalogTime: (n: string, count: number) =>
      d.iso(
        `${plan.now - 400 * DAY_MS} + ${d.big(`(${n})`)} * ${Math.floor((30 * DAY_MS) / Math.max(1, count))}`,
      ),
    /** Reporter r's key, with r < reporterUsers being account holders. */
    reporterKey: (r: string) =>
      `(case when (${r}) < ${plan.reporterUsers} then 'user:' || ${userId(r)} else 'email:reporter' || (${r}) || '@example.test' end)`,
    reporterUserId: (r: string) =>
      `(case when (${r}) < ${plan.reporterUsers} then ${userId(r)} else null end)`,
    reference: (n: string) => `('R-' || upper(${d.hex(n, 8)}))`,
    hourMs: HOUR_MS,
  };
}

export type Vocabulary = ReturnType<typeof vocabulary>;
