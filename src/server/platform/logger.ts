import pretty from "pino-pretty";
import type { Config } from "./config.ts";

interface LogLine {
  msg?: string;
  res?: { method?: string; url?: string; statusCode?: number };
  responseTime?: number;
}

/** "GET /api/health 200 3 ms" for a finished request; the message itself for anything else. */
function readableLine(log: LogLine): string {
  if (!log.res?.method) return log.msg ?? "";
  const ms = log.responseTime === undefined ? "" : ` ${Math.round(log.responseTime)} ms`;
  return `${log.res.method} ${log.res.url} ${log.res.statusCode}${ms}`;
}

/**
 * pino options for the server. In a terminal each request is one readable line; elsewhere (production,
 * files, collectors) pino's JSON lines stay as they are.
 */
export function loggerOptions(
  config: Pick<Config, "logLevel" | "logFormat">,
  destination: NodeJS.WritableStream = process.stdout,
) {
  if (config.logFormat === "json") return { level: config.logLevel };
  return {
    level: config.logLevel,
    hooks: {
      // The "request completed" line names the request too, so its "incoming request" twin is noise here.
      logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
        if (args[1] === "incoming request") return;
        method.apply(this, args);
      },
    },
    stream: pretty({
      colorize: true,
      translateTime: "SYS:HH:MM:ss",
      ignore: "pid,hostname,reqId,req,res,responseTime",
      messageFormat: (log) => readableLine(log as LogLine),
      singleLine: true,
      destination,
      sync: true,
    }),
  };
}
