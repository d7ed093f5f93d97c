import crypto from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Clock } from "../clock.ts";
import type { Db } from "../db/database.ts";
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

/**
 * Seconds the oldest unsent outbox message has waited (0 when none): a stuck worker or a mail server
 * that refuses everything shows as this number growing. Messages deferred to a later time and not yet
 * tried are not waiting yet.
 */
async function oldestPendingSeconds(db: Db, clock: Clock): Promise<number> {
  const now = clock.now();
  const row = await db
    .selectFrom("outbox")
    .select((eb) => eb.fn.min("created_at").as("oldest"))
    .where("processed_at", "is", null)
    .where((eb) => eb.not(eb.and([eb("attempts", "=", 0), eb("available_at", ">", now.toISOString())])))
    .executeTakeFirst();
  if (!row?.oldest) return 0;
  return Math.max(0, Math.floor((now.getTime() - Date.parse(row.oldest)) / 1000));
}

/**
 * A small Prometheus text endpoint: request counts and durations by route and status, memory, and (with
 * the database) how long the oldest unsent outbox message has waited.
 */
export function installMetrics(
  app: FastifyInstance,
  token: string | null,
  outbox?: { db: Db; clock: Clock },
): void {
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
    if (outbox) {
      lines.push(
        "# TYPE redress_outbox_oldest_pending_seconds gauge",
        `redress_outbox_oldest_pending_seconds ${await oldestPendingSeconds(outbox.db, outbox.clock)}`,
      );
    }
    return reply.type("text/plain; version=0.0.4").send(`${lines.join("\n")}\n`);
  });
}
