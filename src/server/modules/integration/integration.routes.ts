import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import {
  ApiKey,
  type ApiKeyScope,
  Batch,
  BatchResults,
  DeleteBatch,
  IssueApiKey,
  IssuedApiKey,
  MAX_BATCH_ITEMS,
  StatementFeedItem,
} from "../../../contracts/integration.ts";
import type { Db } from "../../platform/db/database.ts";
import { AppError } from "../../platform/http/errors.ts";
import type { ApiKeys } from "./api-keys.ts";
import type { CatalogSync } from "./catalog-sync.ts";
import { type StatementRecords, statementsAfter } from "./statements-feed.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const Params = z.object({ id: z.string().min(1).max(100) });
/** The OpenAPI document names the bearer scheme that integration routes take. */
const bearer = [{ apiKey: [] }];

/** A batch of the largest items (a listing's description is up to 20,000 characters) fits. */
const BATCH_BODY_BYTES = 32 * 1024 * 1024;

const tooMany = (count: number) =>
  new AppError(
    413,
    "batch_too_large",
    `Send at most ${MAX_BATCH_ITEMS} items in one call; this one had ${count}.`,
  );

export function integrationRoutes(
  keys: ApiKeys,
  sync: CatalogSync,
  statements: StatementRecords,
  db: Db,
): FastifyPluginAsyncZod {
  /** The key is checked before the body: a caller without one learns nothing of what the body should be. */
  const keyWith = (scope: ApiKeyScope) => ({
    preValidation: async (request: { headers: { authorization?: string } }) => {
      await keys.authenticate(request.headers.authorization, scope);
    },
  });
  const batchOf = <T>(items: T[]) => {
    if (items.length > MAX_BATCH_ITEMS) throw tooMany(items.length);
    return items;
  };

  return async (app) => {
    const adminTags = ["admin"];
    app.get(
      "/api/v1/admin/api-keys",
      {
        schema: {
          tags: adminTags,
          summary:
            "The API keys of the marketplace's servers, newest first, without their secrets (admins only)",
          response: { 200: z.object({ items: z.array(ApiKey) }), ...errors },
        },
      },
      async (request) => ({ items: await keys.list(request.actor) }),
    );
    app.post(
      "/api/v1/admin/api-keys",
      {
        schema: {
          tags: adminTags,
          summary: "Issue an API key with a name and scopes; its secret is in this answer only (admins only)",
          body: IssueApiKey,
          response: { 201: IssuedApiKey, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await keys.issue(request.actor, request.body)),
    );
    app.post(
      "/api/v1/admin/api-keys/:id/revoke",
      {
        schema: {
          tags: adminTags,
          summary: "Revoke an API key at once (admins only)",
          params: Params,
          response: { 200: ApiKey, ...errors },
        },
      },
      (request) => keys.revoke(request.actor, request.params.id),
    );

    const upserts = [
      {
        path: "stores",
        what: "stores (a seller's email links the store to the Redress account with it)",
        scope: "catalog:write",
        run: sync.upsertStores,
      },
      {
        path: "listings",
        what: "listings (with EAN/GTIN where known)",
        scope: "catalog:write",
        run: sync.upsertListings,
      },
      {
        path: "orders",
        what: "orders with their items and shipping (the buyer by its email)",
        scope: "orders:write",
        run: sync.upsertOrders,
      },
    ] as const;
    for (const { path, what, scope, run } of upserts) {
      app.put(
        `/api/v1/integration/${path}`,
        {
          ...keyWith(scope),
          bodyLimit: BATCH_BODY_BYTES,
          schema: {
            tags: ["integration"],
            summary: `Create or update ${what}, up to ${MAX_BATCH_ITEMS} per call (scope ${scope})`,
            description:
              "Each item carries the marketplace's `updatedAt` of its version: a version older than the one held changes nothing (`stale`), the same one twice neither (`unchanged`). Items are answered one by one, in order; an invalid item (`invalid`, with `fields`) changes nothing and does not stop the others. See docs/api.md for each item's fields.",
            security: bearer,
            body: Batch,
            response: { 200: BatchResults, 413: ErrorBody, ...errors },
          },
        },
        async (request) => ({ results: await run(batchOf(request.body.items)) }),
      );
    }
    for (const table of ["stores", "listings"] as const) {
      app.post(
        `/api/v1/integration/${table}/delete`,
        {
          ...keyWith("catalog:write"),
          schema: {
            tags: ["integration"],
            summary: `Mark ${table} deleted as of the marketplace's time; their rows stay for the cases about them (scope catalog:write)`,
            security: bearer,
            body: DeleteBatch,
            response: { 200: BatchResults, 413: ErrorBody, ...errors },
          },
        },
        async (request) => ({
          results: await sync.deleteRows(table, batchOf(request.body.ids), request.body.deletedAt),
        }),
      );
    }

    app.get(
      "/api/v1/integration/statements",
      {
        ...keyWith("decisions:read"),
        schema: {
          tags: ["integration"],
          summary:
            "Statements of reasons in the order they were made, for the marketplace to apply each decision (scope decisions:read)",
          description:
            "Keep `nextCursor` and ask again with it to get only what came after; an empty page with a null cursor means nothing new yet.",
          security: bearer,
          querystring: PageQuery,
          response: { 200: pageOf(StatementFeedItem), ...errors },
        },
      },
      (request) => statementsAfter(db, statements, request.query),
    );
  };
}
