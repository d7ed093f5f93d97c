import http from "node:http";

export interface RequestSpec {
  method: string;
  path: string;
  headers: Record<string, string | number>;
  body: Buffer | string;
}

export interface LoadOptions {
  port: number;
  concurrency: number;
  /** Answers in the warm-up are not counted: the JIT, caches and SQLite pages settle first. */
  warmupMs: number;
  durationMs: number;
  /** A hard cap, so that the loop ends even on a machine much faster than expected. */
  maxRequests: number;
  expectStatus: number;
  request: (n: number) => RequestSpec;
}

export interface LoadResult {
  ok: number;
  failed: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  seconds: number;
  firstError: string | null;
}

const REQUEST_TIMEOUT_MS = 60_000;

/** One request on a keep-alive agent; resolves with the status and the whole answer body. */
function send(agent: http.Agent, port: number, spec: RequestSpec): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: spec.method, path: spec.path, headers: spec.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on("error", reject);
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error("request timed out")));
    req.on("error", reject);
    req.end(spec.body);
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Collects latencies and errors, and turns them into a LoadResult. */
function createRecorder() {
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  return {
    record(latencyMs: number, error: string | null) {
      if (error === null) latencies.push(latencyMs);
      else {
        failed++;
        firstError ??= error;
      }
    },
    result(seconds: number): LoadResult {
      latencies.sort((a, b) => a - b);
      return {
        ok: latencies.length,
        failed,
        perSecond: latencies.length / seconds,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? Number.NaN,
        seconds,
        firstError,
      };
    },
  };
}

/** Sends one request; resolves with null when it got the expected status, or else a description. */
async function attempt(agent: http.Agent, port: number, spec: RequestSpec, expectStatus: number) {
  try {
    const answer = await send(agent, port, spec);
    return answer.status === expectStatus ? null : `${answer.status} ${answer.body.slice(0, 400)}`;
  } catch (e) {
    return String(e);
  }
}

/**
 * `concurrency` closed loops, each sending its next request when the previous answered (like 50 clients).
 * Latency is measured per request in this process, so it includes the client's own queueing.
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const measureFrom = performance.now() + o.warmupMs;
  const stopAt = measureFrom + o.durationMs;
  const recorder = createRecorder();
  let next = 0;

  async function loop() {
    while (performance.now() < stopAt && next < o.maxRequests) {
      const started = performance.now();
      const error = await attempt(agent, o.port, o.request(next++), o.expectStatus);
      if (started >= measureFrom) recorder.record(performance.now() - started, error);
    }
  }

  await Promise.all(Array.from({ length: o.concurrency }, loop));
  agent.destroy();
  return recorder.result((performance.now() - measureFrom) / 1000);
}

export interface PacedOptions {
  port: number;
  perSecond: number;
  durationMs: number;
  expectStatus: number;
  request: (n: number) => RequestSpec;
}

/**
 * An open loop: requests leave at a steady rate whether or not earlier ones answered, as visitors arrive.
 * Latency counts from the planned departure, so a server that stalls cannot hide it by slowing the sender.
 */
export async function runPaced(o: PacedOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true });
  const recorder = createRecorder();
  const count = Math.round((o.perSecond * o.durationMs) / 1000);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let n = 0; n < count; n++) {
    const planned = start + (n * 1000) / o.perSecond;
    const wait = planned - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(
      attempt(agent, o.port, o.request(n), o.expectStatus).then((error) =>
        recorder.record(performance.now() - planned, error),
      ),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  return recorder.result((performance.now() - start) / 1000);
}
