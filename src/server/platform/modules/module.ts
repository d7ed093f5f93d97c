import type { FastifyPluginAsync } from "fastify";
import type { z } from "zod";
import type { Clock } from "../clock.ts";
import type { Config } from "../config.ts";
import type { DatabaseHandle, Db } from "../db/database.ts";
import { createTransact, createWrite, type Transact, type Write } from "../db/transactions.ts";
import type { Mailer } from "../mail/mailer.ts";
import type { OutboxHandler } from "../outbox/outbox.ts";
import { createEvidenceStore, type EvidenceStore } from "../storage/evidence-store.ts";

/** What the platform gives every module: nothing here belongs to a domain. */
export interface ModuleContext {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  transact: Transact;
  /** A lone write statement, grouped into the next commit where that is cheaper (SQLite). */
  write: Write;
  clock: Clock;
  evidence: EvidenceStore;
  mailer: Mailer;
}

/** The app and the worker each build the modules from one of these. */
export function createModuleContext(deps: Pick<ModuleContext, "config" | "database" | "clock" | "mailer">) {
  const { config, database, clock, mailer } = deps;
  const transact = createTransact(database);
  const context: ModuleContext = {
    config,
    database,
    db: database.db,
    transact,
    write: createWrite(database, transact),
    clock,
    evidence: createEvidenceStore(config.dataDir),
    mailer,
  };
  return context;
}

/**
 * Work the worker does on a schedule. `run` handles at most a bounded batch and returns how many rows it
 * handled; a job that handled a full batch is run again at once, so a backlog drains without waiting.
 */
export interface TimerJob {
  name: string;
  everySeconds: number;
  run(): Promise<number>;
}

/**
 * A route that reads its own body, JSON or a multipart form of one JSON part and files: the OpenAPI
 * document describes both from this (the route itself cannot declare a body schema).
 */
export interface FormBody {
  /** The path as OpenAPI writes it: `/api/v1/disputes/{id}/evidence`. */
  path: string;
  schema: z.ZodType;
  jsonPart: string;
  filesField: string;
  maxFiles: number;
}

/**
 * One domain as the app sees it: the routes it serves, the outbox topics it handles and the timers it
 * runs. `ports` is what other modules may use of it — narrow interfaces, never its repository.
 */
export interface RedressModule<Ports = unknown> {
  name: string;
  ports: Ports;
  routes?: FastifyPluginAsync[];
  topics?: Record<string, OutboxHandler>;
  jobs?: TimerJob[];
  forms?: FormBody[];
}

/**
 * A port of a module that is built later in the list: each call looks the module up at call time. Two
 * modules that need each other's ports (reports open cases; cases read reports) are wired this way, so
 * that neither imports the other's code both ways.
 */
export function late<T extends object>(lookUp: () => T): T {
  return new Proxy({} as T, {
    get(_unused, key) {
      const target = lookUp();
      const value = Reflect.get(target, key);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
