import path from "node:path";
import { buildApp } from "./app.ts";
import { applyDemoSetting } from "./modules/demo/demo.lifecycle.ts";
import { systemClock } from "./platform/clock.ts";
import { type Config, loadConfig, startupCheck } from "./platform/config.ts";
import { openDatabase } from "./platform/db/database.ts";
import { migrateToLatest } from "./platform/db/migrate.ts";
import { loggerOptions } from "./platform/logger.ts";
import { createMailer } from "./platform/mail/mailer.ts";
import { createWorker } from "./worker.ts";

export const WEB_ROOT = path.resolve(import.meta.dirname, "../../dist/web");

/** config → database → migrate → app → listen; the worker runs in the same process by default. */
export async function start(config: Config = loadConfig(), webRoot: string = WEB_ROOT) {
  const { errors, warnings } = startupCheck(config);
  if (errors.length > 0) throw new Error(`Redress cannot start:\n  ${errors.join("\n  ")}`);
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database.db);
  const mailer = createMailer(config);
  const { app, auth } = await buildApp({
    config,
    database,
    clock: systemClock,
    mailer,
    logger: loggerOptions(config),
    webRoot,
  });
  await applyDemoSetting({ config, database, clock: systemClock, auth }, app.log);
  const worker = config.runWorker
    ? createWorker({
        database,
        clock: systemClock,
        mailer,
        config,
        log: (err) => app.log.error({ err }, "worker"),
      })
    : null;
  await app.listen({ port: config.port, host: config.host });
  for (const warning of warnings) {
    // A banner on stderr as well as the log line, so that nobody runs development mode by accident.
    console.error(`\n${"!".repeat(78)}\n!! ${warning}\n${"!".repeat(78)}\n`);
    app.log.warn(warning);
  }
  app.log.info(`Redress is running at ${config.publicUrl} (${database.dialect}, mail: ${mailer.kind})`);

  const shutdown = async () => {
    await app.close();
    await worker?.stop();
    await mailer.close();
    await database.destroy();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      shutdown().then(() => process.exit(0));
    });
  }
  return { app, shutdown };
}
