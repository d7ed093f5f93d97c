import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { start, WEB_ROOT } from "../server/main.ts";
import { createAuth } from "../server/modules/accounts/auth.ts";
import { seedDemo } from "../server/modules/demo/demo.seed.ts";
import { systemClock } from "../server/platform/clock.ts";
import { loadConfig } from "../server/platform/config.ts";
import { openDatabase } from "../server/platform/db/database.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";

const USAGE = `redress <command>
  start     migrate, seed the demo (unless REDRESS_DEMO=0), serve the app
  migrate   apply database migrations
  seed      seed the demo marketplace into an empty catalog`;

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
      await withDatabase(async ({ db, dialect }) => {
        const config = loadConfig();
        await migrateToLatest(db);
        const auth = createAuth({
          db,
          dialect,
          clock: systemClock,
          secret: config.authSecret,
          publicUrl: config.publicUrl,
        });
        console.log(
          (await seedDemo(db, auth, systemClock)) ? "demo seeded" : "catalog not empty: nothing seeded",
        );
      });
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
