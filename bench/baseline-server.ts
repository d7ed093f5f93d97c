/**
 * The floor to compare the app against: Fastify parsing a small JSON body and SQLite inserting one row,
 * with the app's own pragmas — nothing else. Run by bench/run.ts as a child process.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import Fastify from "fastify";

const port = Number(process.env.PORT);
fs.mkdirSync(process.env.DATA_DIR!, { recursive: true });
const db = new Database(path.join(process.env.DATA_DIR!, "baseline.sqlite"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.pragma("foreign_keys = ON");
db.pragma("busy_timeout = 5000");
db.exec(
  "create table if not exists reports (id text primary key, body text not null, created_at text not null)",
);
const insert = db.prepare("insert into reports (id, body, created_at) values (?, ?, ?)");

const app = Fastify({ logger: false });
app.get("/health", async () => ({ ok: true }));
app.post("/reports", async (request, reply) => {
  const id = crypto.randomUUID();
  insert.run(id, JSON.stringify(request.body), new Date().toISOString());
  return reply.code(201).send({ id });
});

await app.listen({ port, host: "127.0.0.1" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    app.close().then(() => {
      db.close();
      process.exit(0);
    });
  });
}
