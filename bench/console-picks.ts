/** Which cases the figures use, and the moderator's own claims for the "mine" queue. */
import type { DatabaseHandle } from "../src/server/platform/db/database.ts";
import { newId } from "../src/server/platform/ids.ts";

/** A small seeded generator, so that every run picks the same cases of the same data. */
function shuffled<T>(items: T[], seed = 42): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Picks {
  /** Open or waiting cases of every size, in random order. */
  openCases: string[];
  /** Open, unclaimed cases of 20 reports on a listing: the case page and the decisions take these. */
  twentyReportCases: { id: string; kind: string }[];
  claimed: number;
  openTotal: number;
  twentyOpen: number;
}

const CLAIMS = 40;

export async function pickCases(handle: DatabaseHandle, moderatorId: string): Promise<Picks> {
  const db = handle.db;
  const open = await db
    .selectFrom("cases")
    .select(["id", "report_count", "target_kind", "status"])
    .where("status", "in", ["open", "needs_info"])
    .orderBy("id")
    .execute();
  const twenty = shuffled(open.filter((c) => c.report_count === 20 && c.status === "open"));
  const others = shuffled(open.filter((c) => c.report_count < 20 && c.status === "open"));
  const mine = others.slice(0, CLAIMS);
  const now = new Date();
  const until = new Date(now.getTime() + 2 * 3_600_000).toISOString();
  await db.transaction().execute(async (tx) => {
    for (const c of mine) {
      await tx
        .updateTable("cases")
        .set({ claimed_by: moderatorId, claim_expires_at: until })
        .where("id", "=", c.id)
        .execute();
      await tx
        .insertInto("case_events")
        .values({
          id: newId(),
          case_id: c.id,
          type: "case.claimed",
          status: c.status,
          actor_user_id: moderatorId,
          data_json: JSON.stringify({ claimedBy: moderatorId, until }),
          created_at: now.toISOString(),
        })
        .execute();
    }
  });
  return {
    openCases: shuffled(open.map((c) => c.id)),
    twentyReportCases: twenty
      .filter((c) => c.target_kind === "listing")
      .map((c) => ({ id: c.id, kind: c.target_kind })),
    claimed: mine.length,
    openTotal: open.length,
    twentyOpen: twenty.length,
  };
}

export const TABLES = [
  "user",
  "staff_departments",
  "stores",
  "listings",
  "cases",
  "case_events",
  "case_reporters",
  "reports",
  "report_targets",
  "report_events",
  "evidence_files",
  "decisions",
  "enforcements",
  "strikes",
  "trusted_flaggers",
  "reporter_standing",
] as const;

export async function rowCounts(handle: DatabaseHandle): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of TABLES) {
    const row = await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    counts.set(table, Number(row.n));
  }
  return counts;
}
