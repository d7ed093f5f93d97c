import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export interface ChildServer {
  pid: number;
  port: number;
  /** The last lines the child printed, for an error message. */
  output(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// Whatever happens to the bench (an error, Ctrl-C), no server is left behind.
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(port: number, path: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output()}`);
    const ok = await fetch(`http://127.0.0.1:${port}${path}`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer ${path} within 60 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      running.delete(child);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** Starts `node <args>` as its own process (so its memory is its own) and waits until it is healthy. */
export async function startServer(
  args: string[],
  env: Record<string, string>,
  port: number,
  healthPath: string,
): Promise<ChildServer> {
  const child = spawn(process.execPath, args, {
    cwd: new URL("..", import.meta.url).pathname,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const output = () => tail;
  try {
    await waitForHealth(port, healthPath, child, output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { pid: child.pid!, port, output, stop: () => stopChild(child) };
}

/** Resident and peak resident memory of a process, in MB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMb: number; hwmMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rssMb: kb("VmRSS") / 1024, hwmMb: kb("VmHWM") / 1024 };
}

/** Resets VmHWM (Linux ≥ 4.0, own processes), so that it shows the peak of the next phase only. */
export function resetPeak(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/** Samples VmRSS every 50 ms until stopped; returns the highest sample. */
export function sampleRss(pid: number): { stop(): number } {
  let peak = memoryOf(pid).rssMb;
  const timer = setInterval(() => {
    peak = Math.max(peak, memoryOf(pid).rssMb);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, memoryOf(pid).rssMb);
      return peak;
    },
  };
}

/** CPU seconds (user + system) the process has used, from /proc/<pid>/stat (in USER_HZ = 100 ticks/s). */
export function cpuSecondsOf(pid: number): number {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The app as `npm start` runs it, as its own process on a free port, with `env` over the bench defaults. */
export async function startRedress(
  env: Record<string, string>,
): Promise<{ server: ChildServer; publicUrl: string }> {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const defaults = { PORT: String(port), HOST: "127.0.0.1", PUBLIC_URL: publicUrl, LOG_LEVEL: "warn" };
  const args = ["-e", 'import("./src/server/main.ts").then(m => m.start())'];
  return { server: await startServer(args, { ...defaults, ...env }, port, "/api/health"), publicUrl };
}
