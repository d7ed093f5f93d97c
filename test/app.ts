import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../src/server/app.ts";
import { type Config, defaultUrlPatterns } from "../src/server/platform/config.ts";
import { type DialectName, openDatabase } from "../src/server/platform/db/database.ts";
import { migrateToLatest } from "../src/server/platform/db/migrate.ts";
import { createMailer } from "../src/server/platform/mail/mailer.ts";
import { createWorker } from "../src/server/worker.ts";
import { testClock } from "./clock.ts";
import { createTestDatabase } from "./databases.ts";
import { createFactories } from "./factories.ts";

export const PUBLIC_URL = "http://localhost:3000";

export function testConfig(dataDir: string, databaseUrl: string, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: "127.0.0.1",
    dataDir,
    databaseUrl,
    publicUrl: PUBLIC_URL,
    smtpUrl: null,
    mailFrom: "Redress <no-reply@redress.test>",
    demo: false,
    authSecret: "test-secret-test-secret-test-secret-0123456789",
    reportsPerHour: 1000,
    slaHours: 48,
    priorityLaneSlaHours: 24,
    queueCountsMaxAgeSeconds: 0,
    catalogUrlPatterns: defaultUrlPatterns(PUBLIC_URL),
    runWorker: false,
    logLevel: "silent",
    logFormat: "json",
    production: false,
    // Development mode, as a developer runs it, unless the test brings its own SMTP peer.
    devMailbox: !overrides.smtpUrl,
    trustProxy: [],
    // The suite signs up many users from one address; the limit tests set low numbers themselves.
    authAttemptsPerAccount: 1000,
    authAttemptsPerAddress: 100_000,
    authWindowMinutes: 15,
    requestTimeoutSeconds: 120,
    headersTimeoutSeconds: 20,
    idleTimeoutSeconds: 30,
    keepAliveTimeoutSeconds: 5,
    metricsToken: null,
    ...overrides,
  };
}

/**
 * The real app on a fresh database of the given dialect, with a hand-moved clock, a worker that runs only
 * when the test drains it, and factories for users and catalog entries.
 */
export async function buildTestApp(
  dialect: DialectName,
  overrides: Partial<Config> = {},
  options: { logger?: object } = {},
) {
  const testDb = await createTestDatabase(dialect);
  const config = testConfig(testDb.dataDir, testDb.url, overrides);
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database.db);
  const clock = testClock();
  const mailer = createMailer(config);
  const { app } = await buildApp({ config, database, clock, mailer, logger: options.logger });
  const worker = createWorker({ config, database, clock, mailer }, 0);
  const factories = createFactories(app, database.db);
  return {
    app,
    db: database.db,
    dialect,
    config,
    clock,
    worker,
    ...factories,
    async close() {
      await app.close();
      await mailer.close();
      await database.destroy();
      await testDb.drop();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

export function json<T = Record<string, unknown>>(response: LightMyRequestResponse): T {
  return response.json() as T;
}

export type { TestUser } from "./factories.ts";
export type { FastifyInstance };
