// Serves the built app for the end-to-end tests: a fresh data directory, demo data, in-process worker.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { start } from "../src/server/main.ts";
import { loadConfig } from "../src/server/platform/config.ts";
import { dataDirFile } from "./disputes-clock.ts";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "redress-e2e-"));
process.on("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));
// The dispute specs move a dispute's dates back in this database (e2e/disputes-clock.ts).
fs.writeFileSync(dataDirFile(port), dataDir);

await start(
  loadConfig({
    PORT: port,
    HOST: "localhost",
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://localhost:${port}`,
    REDRESS_DEMO: "1",
    // Development mode: the specs read the dev mailbox from the browser on this machine.
    DEV_MAILBOX: "1",
    // Every spec signs the demo users in from this one address; the limits have their own tests.
    RATE_LIMIT_AUTH_PER_ADDRESS: "100000",
    RATE_LIMIT_AUTH_PER_ACCOUNT: "10000",
    LOG_LEVEL: "warn",
  }),
  // A build of its own lets several end-to-end runs share one machine (see playwright.config.ts).
  process.env.E2E_WEB_ROOT || undefined,
);
