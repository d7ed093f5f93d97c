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

/**
 * `concurrency` closed loops, each sending its next request when the previous answered (like 50 clients).
 * Latency is measured per request in this process, so it includes the client's own queueing.
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency });
  const measureFrom = performance.now() + o.warmupMs;
  const stopAt = measureFrom + o.durationMs;
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  let firstError: string | null = null;

  async function loop() {
    while (performance.now() < stopAt && next < o.maxRequests) {
      const started = performance.now();
      let error: string | null;
      try {
        const answer = await send(agent, o.port, o.request(next++));
        error = answer.status === o.expectStatus ? null : `${answer.status} ${answer.body.slice(0, 400)}`;
      } catch (e) {
        error = String(e);
      }
      if (started < measureFrom) continue;
      if (error === null) latencies.push(performance.now() - started);
      else {
        failed++;
        firstError ??= error;
      }
    }
  }

  await Promise.all(Array.from({ length: o.concurrency }, loop));
  const seconds = (performance.now() - measureFrom) / 1000;
  agent.destroy();
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
}
