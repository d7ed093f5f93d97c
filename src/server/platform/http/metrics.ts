import type { FastifyInstance } from "fastify";

/** A small Prometheus text endpoint: request counts and durations by route and status, and memory. */
export function installMetrics(app: FastifyInstance): void {
  const counts = new Map<string, number>();
  const seconds = new Map<string, number>();
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    const key = `method="${request.method}",route="${route}",status="${reply.statusCode}"`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    seconds.set(key, (seconds.get(key) ?? 0) + reply.elapsedTime / 1000);
  });
  app.get("/metrics", { schema: { hide: true } }, async (_request, reply) => {
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
