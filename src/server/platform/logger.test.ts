import { PassThrough } from "node:stream";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { requestLogOptions } from "./http/request-log.ts";
import { loggerOptions } from "./logger.ts";

async function logOfOneRequest(format: "pretty" | "json"): Promise<string> {
  const out = new PassThrough();
  let text = "";
  out.on("data", (chunk) => {
    text += chunk.toString();
  });
  const options = loggerOptions({ logLevel: "info", logFormat: format }, out);
  const logger = format === "json" ? { ...options, stream: out } : options;
  const app = Fastify({ logger: { ...logger, ...requestLogOptions } });
  app.get("/api/things", async () => ({ ok: true }));
  await app.inject({ method: "GET", url: "/api/things?token=secret-guest-token" });
  await app.close();
  return text;
}

describe("request logs", () => {
  it("are one readable line per request in a terminal, without the guest's token", async () => {
    const lines = (await logOfOneRequest("pretty")).trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO.*GET \/api\/things\?token=\[redacted\] 200 \d+ ms/);
    expect(lines[0]).not.toContain("{");
  });

  it("stay JSON lines for collectors", async () => {
    const lines = (await logOfOneRequest("json")).trim().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.join("\n")).not.toContain("secret-guest-token");
  });
});
