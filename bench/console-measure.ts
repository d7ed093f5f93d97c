/**
 * The console's figures, measured in-process with `app.inject` (no network, one request at a time):
 * the queue with no filter and with each single filter, its pages by cursor, the case page, and deciding
 * a case of 20 reports.
 */
import type { InjectOptions } from "fastify";
import { type BenchApp, PUBLIC_URL } from "./console-app.ts";
import { DEPARTMENTS, TYPES } from "./console-data.ts";
import { percentile } from "./load.ts";

export const QUEUE_TARGET_MS = 50;
export const CASE_TARGET_MS = 50;
export const DECIDE_TARGET_MS = 100;

export interface Figure {
  name: string;
  targetMs: number;
  /** Sorted. */
  latencies: number[];
  failed: number;
  firstError: string | null;
  /** Runs a few more requests of this figure (for the profiler). */
  replay(count: number): Promise<void>;
}

export interface Sampling {
  warmup: number;
  samples: number;
  /** A figure leaves the rotation (with fewer samples) once its requests have taken this long in all. */
  budgetMs: number;
}

export const p = (f: Figure, q: number) => percentile(f.latencies, q);

/** What one figure asks, request by request (`i` counts from 0, warm-up included). */
export interface FigureSpec {
  name: string;
  targetMs: number;
  /** Overrides the sampling's warm-up (deciding uses up a case per request). */
  warmup?: number;
  next: (i: number) => Promise<InjectOptions>;
}

async function send(b: BenchApp, options: InjectOptions) {
  const response = await b.app.inject(options);
  return { status: response.statusCode, body: response.body };
}

interface Running extends Figure {
  spec: FigureSpec;
  i: number;
  spentMs: number;
  done: boolean;
}

async function step(b: BenchApp, f: Running, s: Sampling) {
  const warmup = f.spec.warmup ?? s.warmup;
  let options: InjectOptions;
  try {
    options = await f.spec.next(f.i);
  } catch (error) {
    // Out of cases to decide, for one: the figure keeps the samples it has.
    f.firstError ??= String(error);
    f.done = true;
    return;
  }
  const t0 = performance.now();
  const answer = await send(b, options);
  const ms = performance.now() - t0;
  f.spentMs += ms;
  if (answer.status !== 200) {
    f.failed++;
    f.firstError ??= `${answer.status} ${answer.body.slice(0, 300)}`;
  } else if (f.i >= warmup) f.latencies.push(ms);
  f.i++;
  f.done = f.i >= warmup + s.samples || f.spentMs > s.budgetMs;
}

/**
 * One request of each figure in turn, round after round: a burst of other work on the machine then
 * lands on all figures alike instead of on whichever was being measured.
 */
export async function measure(b: BenchApp, specs: FigureSpec[], s: Sampling): Promise<Figure[]> {
  const running: Running[] = specs.map((spec) => ({
    spec,
    name: spec.name,
    targetMs: spec.targetMs,
    latencies: [],
    failed: 0,
    firstError: null,
    i: 0,
    spentMs: 0,
    done: false,
    async replay(count) {
      for (let k = 0; k < count; k++) {
        const options = await spec.next(this.i++).catch(() => null);
        if (!options) return;
        await send(b, options);
      }
    },
  }));
  while (running.some((f) => !f.done)) {
    for (const f of running) if (!f.done) await step(b, f, s);
  }
  for (const f of running) f.latencies.sort((x, y) => x - y);
  return running;
}

const get = (b: BenchApp, url: string): InjectOptions => ({
  method: "GET",
  url,
  headers: { cookie: b.moderator.cookie },
});

async function pageOf(b: BenchApp, query: string) {
  const answer = await send(b, get(b, `/api/v1/console/cases?limit=50${query}`));
  if (answer.status !== 200) throw new Error(`queue ${query} answered ${answer.status}: ${answer.body}`);
  return JSON.parse(answer.body) as { items: unknown[]; nextCursor: string | null };
}

/** The cursor that opens page `page` (2 or more) of the unfiltered queue, or of its last page if shorter. */
async function cursorTo(b: BenchApp, page: number): Promise<{ cursor: string; page: number }> {
  let cursor: string | null = null;
  let n = 1;
  for (; n < page; n++) {
    const next: string | null = (await pageOf(b, cursor ? `&cursor=${cursor}` : "")).nextCursor;
    if (!next) break;
    cursor = next;
  }
  if (!cursor) throw new Error("the queue has a single page");
  return { cursor, page: n };
}

export async function queueSpecs(b: BenchApp): Promise<FigureSpec[]> {
  const second = await cursorTo(b, 2);
  const deep = await cursorTo(b, 21);
  const filters: [string, string][] = [
    ["no filter", ""],
    ...DEPARTMENTS.map((d): [string, string] => [`department=${d}`, `&department=${d}`]),
    ...TYPES.map((t): [string, string] => [`type=${t}`, `&type=${t}`]),
    ["status=needs_info", "&status=needs_info"],
    ["overdue=true", "&overdue=true"],
    ["mine=true", "&mine=true"],
    ["trustedFlagger=true", "&trustedFlagger=true"],
    ["page 2 (cursor)", `&cursor=${second.cursor}`],
    [`page ${deep.page} (cursor, ${(deep.page - 1) * 50} cases deep)`, `&cursor=${deep.cursor}`],
  ];
  const specs: FigureSpec[] = [];
  for (const [label, query] of filters) {
    const items = (await pageOf(b, query)).items.length;
    const url = `/api/v1/console/cases?limit=50${query}`;
    specs.push({
      name: `queue: ${label} (${items} items)`,
      targetMs: QUEUE_TARGET_MS,
      next: async () => get(b, url),
    });
  }
  return specs;
}

export const casePageSpec = (b: BenchApp, label: string, ids: string[]): FigureSpec => ({
  name: `case page: ${label}`,
  targetMs: CASE_TARGET_MS,
  next: async (i) => get(b, `/api/v1/console/cases/${ids[i % ids.length]}`),
});

const GROUND = {
  kind: "incompatible_content",
  termsSection: "Prohibited items policy, section 3",
  explanation: "Prescription medicines may not be sold.",
};

/** One fresh open case per decision; the case page is read first (untimed), as a moderator would. */
export const decideSpec = (b: BenchApp, cases: { id: string; kind: string }[]): FigureSpec => ({
  name: "decide: case with 20 reports",
  targetMs: DECIDE_TARGET_MS,
  warmup: 10,
  async next(i) {
    const c = cases[i];
    if (!c) throw new Error(`only ${cases.length} open cases with 20 reports to decide`);
    const page = await send(b, get(b, `/api/v1/console/cases/${c.id}`));
    const { eventCount } = JSON.parse(page.body) as { eventCount: number };
    const actions =
      c.kind === "listing"
        ? [{ type: "remove_listing" }, { type: "strike", severity: "serious" }]
        : [{ type: "warn_seller" }];
    return {
      method: "POST",
      url: `/api/v1/console/cases/${c.id}/decision`,
      // The app's own Origin, as the console page sends it: cookie writes from elsewhere are refused.
      headers: { cookie: b.moderator.cookie, origin: PUBLIC_URL, "content-type": "application/json" },
      payload: {
        outcome: "action_taken",
        seenEventCount: eventCount,
        actions,
        ground: GROUND,
        facts: "The listing offered prescription-only painkillers without prescription.",
      },
    };
  },
});
