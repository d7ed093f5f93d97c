/**
 * `npm run bench`: report intake throughput and latency against a bare Fastify + SQLite baseline, and the
 * server's memory while 50 clients upload 4 MB files at once. Prints figures; it asserts nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { jsonReport, uploadReport } from "./bodies.ts";
import {
  type ChildServer,
  cpuSecondsOf,
  freePort,
  memoryOf,
  resetPeak,
  sampleRss,
  startRedress,
  startServer,
} from "./child-server.ts";
import { type LoadResult, runLoad, runPaced } from "./load.ts";
import { printTable, type Row } from "./table.ts";

const CLIENTS = 50;
const WARMUP_MS = 2_000;
const DURATION_MS = 10_000;
const MAX_REQUESTS = 200_000;
const PACED_PER_SECOND = 100;
// Each phase numbers its reporters' emails from its own start, so no two phases send the same email.
const FIRST_UPLOAD_N = 1_000_000;
const FIRST_PACED_N = 2_000_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Measured = LoadResult & { cpuMsPerRequest: number };

/**
 * The server's CPU time per request over the measured window: steadier than req/s when other work shares
 * the two cores, because it does not count the time the server waited for a core.
 */
async function withServerCpu(pid: number, load: () => Promise<LoadResult>): Promise<Measured> {
  let atStart = cpuSecondsOf(pid);
  const timer = setTimeout(() => {
    atStart = cpuSecondsOf(pid);
  }, WARMUP_MS);
  const result = await load();
  clearTimeout(timer);
  const cpuMsPerRequest = ((cpuSecondsOf(pid) - atStart) * 1000) / (result.ok + result.failed);
  return { ...result, cpuMsPerRequest };
}

function machineLine(): string {
  const cpu = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? "unknown cpu";
  const memGb = (os.totalmem() / 1024 ** 3).toFixed(0);
  // The load average shows whether other work shared the cores during the run: it skews every figure.
  const load = os.loadavg()[0]!.toFixed(1);
  return `machine: ${cpu}, ${os.availableParallelism()} cores, ${memGb} GB, node ${process.version}, load average ${load} at start`;
}

async function benchBaseline(dataDir: string): Promise<Measured> {
  const port = await freePort();
  const server = await startServer(
    ["bench/baseline-server.ts"],
    { PORT: String(port), DATA_DIR: dataDir },
    port,
    "/health",
  );
  try {
    const load = () =>
      runLoad({
        port,
        concurrency: CLIENTS,
        warmupMs: WARMUP_MS,
        durationMs: DURATION_MS,
        maxRequests: MAX_REQUESTS,
        expectStatus: 201,
        request: () => ({ ...jsonReport("http://127.0.0.1", 0), path: "/reports" }),
      });
    return await withServerCpu(server.pid, load);
  } finally {
    await server.stop();
  }
}

function startApp(dataDir: string) {
  return startRedress({
    DATA_DIR: dataDir,
    REDRESS_DEMO: "1",
    RATE_LIMIT_REPORTS_PER_HOUR: "1000000",
    RUN_WORKER: "1",
  });
}

interface UploadFigures {
  result: LoadResult;
  idleMb: number;
  peakMb: number;
}

/** Idle memory is read after a few warm-up uploads, so that loading the upload code is not counted as growth. */
async function benchUploads(server: ChildServer, publicUrl: string, firstN: number): Promise<UploadFigures> {
  const upload = (count: number, from: number, concurrency: number) =>
    runLoad({
      port: server.port,
      concurrency,
      warmupMs: 0,
      durationMs: 120_000,
      maxRequests: count,
      expectStatus: 201,
      request: (n) => uploadReport(publicUrl, from + n),
    });
  await upload(3, firstN, 1);
  await sleep(1_500);
  const idleMb = memoryOf(server.pid).rssMb;
  const hwmReset = resetPeak(server.pid);
  const sampler = sampleRss(server.pid);
  const result = await upload(CLIENTS, firstN + 3, CLIENTS);
  const sampledPeak = sampler.stop();
  const peakMb = hwmReset ? Math.max(sampledPeak, memoryOf(server.pid).hwmMb) : sampledPeak;
  return { result, idleMb, peakMb };
}

function benchIntake(server: ChildServer, publicUrl: string): Promise<Measured> {
  const load = () =>
    runLoad({
      port: server.port,
      concurrency: CLIENTS,
      warmupMs: WARMUP_MS,
      durationMs: DURATION_MS,
      maxRequests: MAX_REQUESTS,
      expectStatus: 201,
      request: (n) => jsonReport(publicUrl, n),
    });
  return withServerCpu(server.pid, load);
}

/** Latency at a steady, moderate arrival rate: what a visitor sees when the server is not saturated. */
function benchPaced(server: ChildServer, publicUrl: string): Promise<LoadResult> {
  return runPaced({
    port: server.port,
    perSecond: PACED_PER_SECOND,
    durationMs: 5_000,
    expectStatus: 201,
    request: (n) => jsonReport(publicUrl, FIRST_PACED_N + n),
  });
}

interface Figures {
  baseline: Measured;
  intake: Measured;
  paced: LoadResult;
  uploads: UploadFigures;
  startMb: number;
}

function rowsOf({ baseline, intake, paced, uploads, startMb }: Figures): Row[] {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const mb = (v: number) => `${v.toFixed(0)} MB`;
  const ratio = intake.perSecond / baseline.perSecond;
  const growth = uploads.peakMb - uploads.idleMb;
  const u = uploads.result;
  return [
    ["baseline: Fastify + 1 SQLite insert", `${baseline.perSecond.toFixed(0)} req/s`, "", ""],
    ["baseline p50 / p99", `${ms(baseline.p50)} / ${ms(baseline.p99)}`, "", ""],
    ["baseline server CPU per request", `${baseline.cpuMsPerRequest.toFixed(2)} ms`, "", ""],
    ["baseline errors", `${baseline.failed} of ${baseline.ok + baseline.failed}`, "0", baseline.failed === 0],
    ["intake JSON reports/s", `${intake.perSecond.toFixed(0)} /s`, "", ""],
    ["intake / baseline", `${(ratio * 100).toFixed(1)} %`, ">= 25 %", ratio >= 0.25],
    ["intake p50", ms(intake.p50), "", ""],
    ["intake p99", ms(intake.p99), "< 50 ms", intake.p99 < 50],
    ["intake max", ms(intake.max), "", ""],
    ["intake server CPU per report", `${intake.cpuMsPerRequest.toFixed(2)} ms`, "", ""],
    ["intake errors (non-201)", `${intake.failed} of ${intake.ok + intake.failed}`, "0", intake.failed === 0],
    [`intake p50 / p99 at a steady ${PACED_PER_SECOND}/s`, `${ms(paced.p50)} / ${ms(paced.p99)}`, "", ""],
    ["steady-rate errors", `${paced.failed} of ${paced.ok + paced.failed}`, "0", paced.failed === 0],
    ["app RSS after start", mb(startMb), "", ""],
    [
      `uploads: ${CLIENTS} x 4 MB PDF at once`,
      `${u.ok} ok, ${u.failed} failed`,
      `${CLIENTS} ok`,
      u.ok === CLIENTS,
    ],
    ["uploads total time", `${u.seconds.toFixed(2)} s`, "", ""],
    ["uploads p50 / max", `${ms(u.p50)} / ${ms(u.max)}`, "", ""],
    ["app RSS idle before uploads", mb(uploads.idleMb), "", ""],
    ["app RSS peak during uploads", mb(uploads.peakMb), "", ""],
    ["RSS growth", mb(growth), "< 100 MB", growth < 100],
  ];
}

function printErrors(named: [string, LoadResult][]) {
  for (const [name, r] of named) if (r.firstError) console.log(`first ${name} error: ${r.firstError}`);
}

async function main() {
  console.log(machineLine());
  console.log(`load: ${CLIENTS} keep-alive clients in the bench process; the server is a separate process`);
  // Little's law: with a closed loop of N clients, mean latency = N / throughput, so p99 follows req/s.
  console.log(`with ${CLIENTS} clients always waiting, latency ≈ ${CLIENTS} / throughput\n`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "redress-bench-"));
  let app: ChildServer | null = null;
  try {
    const baseline = await benchBaseline(path.join(tmp, "baseline"));
    const started = await startApp(path.join(tmp, "app"));
    app = started.server;
    const startMb = memoryOf(app.pid).rssMb;
    const uploads = await benchUploads(app, started.publicUrl, FIRST_UPLOAD_N);
    const intake = await benchIntake(app, started.publicUrl);
    const paced = await benchPaced(app, started.publicUrl);
    printTable(rowsOf({ baseline, intake, paced, uploads, startMb }));
    printErrors([
      ["baseline", baseline],
      ["intake", intake],
      ["steady-rate", paced],
      ["upload", uploads.result],
    ]);
  } finally {
    await app?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
