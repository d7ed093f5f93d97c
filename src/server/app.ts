import fs from "node:fs";
import path from "node:path";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import { Health } from "../contracts/common.ts";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "../contracts/reports.ts";
import { installActorResolution } from "./modules/accounts/actor.ts";
import type { Auth } from "./modules/accounts/auth.ts";
import { createModules } from "./modules/modules.ts";
import type { Clock } from "./platform/clock.ts";
import type { Config } from "./platform/config.ts";
import type { DatabaseHandle } from "./platform/db/database.ts";
import { createAttemptCounter } from "./platform/http/attempt-counter.ts";
import { installErrorHandler } from "./platform/http/error-handler.ts";
import { installMetrics } from "./platform/http/metrics.ts";
import { installNulGuard } from "./platform/http/nul-guard.ts";
import { installOriginCheck } from "./platform/http/origins.ts";
import { requestLogOptions } from "./platform/http/request-log.ts";
import type { Mailer } from "./platform/mail/mailer.ts";
import { createModuleContext, type FormBody } from "./platform/modules/module.ts";

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  mailer: Mailer;
  logger?: boolean | object;
  /** Where the built web app is; the API works without it. */
  webRoot?: string;
}

export interface App {
  app: FastifyInstance;
  auth: Auth;
}

/** The routes that read their own body (JSON, or a form with files) get both described here. */
function documentForms(openapi: Record<string, unknown>, forms: FormBody[]) {
  const paths = openapi.paths as Record<string, Record<string, Record<string, unknown>>> | undefined;
  for (const form of forms) {
    const post = paths?.[form.path]?.post;
    if (!post) continue;
    const schema = z.toJSONSchema(form.schema, { io: "input" });
    post.requestBody = {
      required: true,
      content: {
        "application/json": { schema },
        "multipart/form-data": {
          schema: {
            type: "object",
            required: [form.jsonPart],
            properties: {
              [form.jsonPart]: { type: "string", description: "The JSON body (see application/json)" },
              [form.filesField]: {
                type: "array",
                items: { type: "string", format: "binary" },
                maxItems: form.maxFiles,
              },
            },
          },
        },
      },
    };
  }
  return openapi;
}

/** The whole application as one Fastify instance; main.ts listens on it and tests inject into it. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database, clock } = deps;
  const app = Fastify({
    logger: deps.logger ? { ...(deps.logger === true ? {} : deps.logger), ...requestLogOptions } : false,
    // Only the proxies named in TRUST_PROXY may set the client address through X-Forwarded-For.
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    bodyLimit: 1024 * 1024,
    ...slowClientLimits(config),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installMetrics(app, config.metricsToken, { db: database.db, clock });
  installOriginCheck(app, config.publicUrl);
  installNulGuard(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Route limits count in the database, so that every instance on one database shares them.
  const context = createModuleContext(deps);
  const rateLimitStore = createAttemptCounter(context.write, clock).rateLimitStore;
  await app.register(rateLimit, { global: false, store: rateLimitStore });
  await app.register(multipart, {
    limits: {
      fileSize: MAX_EVIDENCE_BYTES,
      // One more than allowed, so that the service can name the limit instead of the parser cutting off.
      files: MAX_EVIDENCE_FILES + 1,
      fieldSize: 1024 * 1024,
      fields: 10,
      parts: MAX_EVIDENCE_FILES + 11,
    },
  });
  const { accounts, list } = createModules(context);
  const forms = list.flatMap((m) => m.forms ?? []);
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Redress API",
        version: "1.0.0",
        description: "Report, complaint and dispute center for online marketplaces.",
      },
      components: {
        securitySchemes: {
          // The marketplace's servers: an API key an admin issued, `Authorization: Bearer rdk_…`.
          apiKey: { type: "http", scheme: "bearer", bearerFormat: "rdk_<prefix>_<secret>" },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: (doc) =>
      documentForms((doc as { openapiObject: Record<string, unknown> }).openapiObject, forms),
  });

  const auth = accounts.ports.auth;
  installActorResolution(app, auth);
  app.get(
    "/api/health",
    { schema: { tags: ["system"], summary: "Liveness and database", response: { 200: Health } } },
    async () => {
      await database.db.selectFrom("reports").select("id").limit(1).execute();
      return { status: "ok" as const, database: database.dialect };
    },
  );
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  for (const module of list) for (const routes of module.routes ?? []) await app.register(routes);
  await serveWeb(app, deps.webRoot);

  await app.ready();
  return { app, auth };
}

/**
 * A client that sends slowly holds a connection (and, mid-upload, a staging file): bound the whole
 * request, its headers, an idle socket and an idle keep-alive connection.
 */
function slowClientLimits(config: Config) {
  const requestTimeout = config.requestTimeoutSeconds * 1000;
  // Node wants the header deadline within the request deadline; 0 turns a deadline off.
  const headersTimeout = Math.min(config.headersTimeoutSeconds * 1000, requestTimeout || Infinity);
  const deadlines = [headersTimeout, requestTimeout, 30_000].filter((ms) => ms > 0);
  return {
    requestTimeout,
    connectionTimeout: config.idleTimeoutSeconds * 1000,
    keepAliveTimeout: config.keepAliveTimeoutSeconds * 1000,
    // Node checks the request and header deadlines on this interval (30 s by default): check often enough.
    http: { headersTimeout, connectionsCheckingInterval: Math.max(250, Math.min(...deadlines) / 4) },
  };
}

/** Serves the built single-page app; every other GET that is not an API call gets its index.html. */
async function serveWeb(app: FastifyInstance, webRoot: string | undefined) {
  if (!webRoot || !fs.existsSync(path.join(webRoot, "index.html"))) return;
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  const sendIndex = (_req: unknown, reply: { sendFile: (f: string) => unknown }) =>
    reply.sendFile("index.html");
  app.get("/", { schema: { hide: true } }, sendIndex as never);
  app.get("/*", { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith("/api/")) {
      return reply.code(404).send({ error: { code: "not_found", message: `No route GET ${request.url}.` } });
    }
    const file = path.join(webRoot, decodeURIComponent(request.url.split("?")[0] ?? ""));
    if (file.startsWith(webRoot) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(webRoot, file));
    }
    return reply.sendFile("index.html");
  });
}
