import crypto from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { fromLoopback } from "./client-address.ts";
import { AppError } from "./errors.ts";

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash("sha256").update(given).digest();
  const b = crypto.createHash("sha256").update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/** With a token, only `Authorization: Bearer <token>`; without one, only this machine. */
function mayReadMetrics(request: FastifyRequest, token: string | null): boolean {
  if (!token) return fromLoopback(request);
  const header = request.headers.authorization ?? "";
  return header.startsWith("Bearer ") && sameSecret(header.slice(7), token);
}

/** A small Prometheus text endpoint: request counts and durations by route and status, and memory. */
export function installMetrics(app: FastifyInstance, token: string | null): void {
  const counts = new Map<string, number>();
  const seconds = new Map<string, number>();
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    const key = `method="${request.method}",route="${route}",status="${reply.statusCode}"`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    seconds.set(key, (seconds.get(key) ?? 0) + reply.elapsedTime / 1000);
  });
  app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
    if (!mayReadMetrics(request, token)) {
      throw new AppError(
        401,
        "metrics_token_required",
        token
          ? "Send the metrics token as Authorization: Bearer <METRICS_TOKEN>."
          : "Metrics are served only on this machine; set METRICS_TOKEN to read them from elsewhere.",
      );
    }
    const lines = [
      "# TYPE redress_http_requests_total counter",
      ...[...counts].map(([k, v]) => `redress_http_requests_total{${k}} ${v}`),
      "# TYPE redress_http_request_seconds_total counter",
      ...[...seconds].map(([k, v]) => `redress_http_request_seconds_total{${k}} ${v.toFixed(6)}`),
      "# TYPE process_resident_memory_bytes gauge",
      `process_resident_memory_bytes ${process.memoryUsage().rss}`,
    ];
    return reply.type("text/plain; version=0.0.4").send(`${lines.join("\n")}\n`);
  });
}
