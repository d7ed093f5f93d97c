// Prints the closing "N passed, N failed" line from the runners' JSON reports. A step that failed before
// its runner could report (lint, types, build) counts as one failure, so a red run never reads as green.
import fs from "node:fs";

const status = Number(process.argv[2] ?? 1);

function read(file: string): Record<string, unknown> | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
const vitest = read("test-results/vitest.json") as {
  numPassedTests?: number;
  numFailedTests?: number;
} | null;
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const playwright = read("test-results/playwright.json") as {
  stats?: { expected?: number; unexpected?: number; flaky?: number };
} | null;
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
