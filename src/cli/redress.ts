import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { start, WEB_ROOT } from "../server/main.ts";
import { createAuth } from "../server/modules/accounts/auth.ts";
import { removeDemo } from "../server/modules/demo/demo.lifecycle.ts";
import { seedDemo } from "../server/modules/demo/demo.seed.ts";
import { verifyAuditLog } from "../server/platform/audit/audit-log.ts";
import { systemClock } from "../server/platform/clock.ts";
import { loadConfig } from "../server/platform/config.ts";
import { openDatabase } from "../server/platform/db/database.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";

const USAGE = `redress <command>
  start     migrate, seed the demo (unless REDRESS_DEMO=0), serve the app
  migrate   apply database migrations
  seed      seed the demo marketplace into an empty catalog
  demo remove
            delete the demo (catalog, reports, cases, accounts) while nothing else is in the database
  audit verify
            check the audit log's hash chain; names every entry edited, moved or deleted (exit code 1)`;

/** Builds the web app when it has never been built, so that `npm start` works on a fresh clone. */
function ensureWebBuilt() {
  if (fs.existsSync(path.join(WEB_ROOT, "index.html"))) return;
  console.log("Building the web app once (about a minute)…");
  const result = spawnSync("npx", ["vite", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("the web build failed");
}

async function withDatabase(run: (db: ReturnType<typeof openDatabase>) => Promise<void>) {
  const database = openDatabase(loadConfig().databaseUrl);
  try {
    await run(database);
  } finally {
    await database.destroy();
  }
}

function authFor(db: ReturnType<typeof openDatabase>) {
  const config = loadConfig();
  return createAuth({
    db: db.db,
    dialect: db.dialect,
    clock: systemClock,
    secret: config.authSecret,
    publicUrl: config.publicUrl,
  });
}

async function demo(subcommand: string | undefined) {
  if (subcommand !== "remove") {
    console.log(USAGE);
    process.exitCode = 1;
    return;
  }
  await withDatabase(async (database) => {
    await migrateToLatest(database.db);
    const result = await removeDemo(database, loadConfig().dataDir, authFor(database));
    if (result.removed) {
      console.log(
        `demo removed (${result.rows} rows). Start with REDRESS_DEMO=0, or the demo is seeded again at the next start.`,
      );
      return;
    }
    console.error(result.message);
    process.exitCode = 1;
  });
}

async function audit(subcommand: string | undefined) {
  if (subcommand !== "verify") {
    console.log(USAGE);
    process.exitCode = 1;
    return;
  }
  await withDatabase(async ({ db }) => {
    const result = await verifyAuditLog(db, new Date());
    if (result.intact) {
      console.log(`audit log intact: ${result.checked} entries, head ${result.head.seq} ${result.head.hash}`);
      return;
    }
    console.error(
      `audit log tampered with: ${result.problems.length} problem(s) in ${result.checked} entries`,
    );
    for (const problem of result.problems)
      console.error(`  ${problem.kind} at entry ${problem.seq}: ${problem.message}`);
    process.exitCode = 1;
  });
}

async function main(command: string | undefined) {
  switch (command) {
    case "start":
      ensureWebBuilt();
      await start();
      return;
    case "migrate":
      await withDatabase(async ({ db }) => {
        const applied = await migrateToLatest(db);
        console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
      });
      return;
    case "seed":
      await withDatabase(async (database) => {
        await migrateToLatest(database.db);
        const steps = await seedDemo({ config: loadConfig(), database, clock: systemClock });
        console.log(
          steps === null ? "catalog not empty: nothing seeded" : `demo seeded (${steps} backlog steps)`,
        );
      });
      return;
    case "demo":
      await demo(process.argv[3]);
      return;
    case "audit":
      await audit(process.argv[3]);
      return;
    default:
      console.log(USAGE);
      process.exitCode = command ? 1 : 0;
  }
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exit(1);
});
