#!/usr/bin/env node
// Plain JavaScript on purpose: an older Node cannot even load the TypeScript entry point, so this file
// checks the version first and explains what to do instead of failing with ERR_UNKNOWN_FILE_EXTENSION.
const REQUIRED = [22, 13];
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1])) {
  console.error(
    [
      `Redress needs Node.js ${REQUIRED.join(".")} or newer; this is Node.js ${process.versions.node}.`,
      "Run it through npm (npm start, npm test): `npm install` brings Node 24 with the project and npm's",
      "scripts use it. Or install Node 24 for the whole machine, e.g. `npm install -g node@24`.",
    ].join("\n"),
  );
  process.exit(1);
}
await import("../src/cli/redress.ts");
