import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { availableDialects, createTestDatabase, type TestDatabase } from "./databases.ts";
import { listingReport } from "./reports.fixtures.ts";

const dialects = await availableDialects();

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** The real server in its own process, so that the test can kill it without warning. */
async function startServer(db: TestDatabase, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["-e", 'import("./src/server/main.ts").then((m) => m.start())'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: db.dataDir,
      DATABASE_URL: db.url,
      // PostgreSQL does not start without one (the data directory's own is for SQLite only).
      AUTH_SECRET: "crash-test-secret-crash-test-secret-0123",
      PUBLIC_URL: `http://localhost:${port}`,
      REDRESS_DEMO: "1",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error("the server did not start");
}

describe.each(dialects)("a crash (%s)", (dialect) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("loses no report that got its reference number", async () => {
    const db = await createTestDatabase(dialect);
    cleanup.push(() => db.drop());
    const port = await freePort();
    let server = await startServer(db, port);
    cleanup.push(async () => void server.kill("SIGKILL"));
    const base = `http://127.0.0.1:${port}`;

    const form = new FormData();
    form.append("report", JSON.stringify(listingReport(`http://localhost:${port}/shop/item/it-2009`)));
    const pdf = Buffer.from("%PDF-1.4\ncrash test evidence\n%%EOF\n");
    form.append("evidence", new Blob([pdf], { type: "application/pdf" }), "proof.pdf");
    const res = await fetch(`${base}/api/v1/reports`, { method: "POST", body: form });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; reference: string; trackingUrl: string };

    server.kill("SIGKILL"); // no shutdown, no flush: as if the machine lost power to the process
    await new Promise((r) => server.once("exit", r));
    server = await startServer(db, port);

    const token = new URL(created.trackingUrl).searchParams.get("token");
    const after = await fetch(`${base}/api/v1/reports/${created.id}?token=${token}`);
    expect(after.status).toBe(200);
    const detail = (await after.json()) as { reference: string; evidence: { url: string }[] };
    expect(detail.reference).toBe(created.reference);
    const file = await fetch(`${base}${detail.evidence[0]!.url}`);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf)).toBe(true);
  }, 60_000);
});
