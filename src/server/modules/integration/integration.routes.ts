import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import { ApiKey, IssueApiKey, IssuedApiKey, StatementFeedItem } from "../../../contracts/integration.ts";
import type { Db } from "../../platform/db/database.ts";
import type { ApiKeys } from "./api-keys.ts";
import { statementsAfter } from "./statements-feed.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const Params = z.object({ id: z.string().min(1).max(100) });
/** The OpenAPI document names the bearer scheme that integration routes take. */
const bearer = [{ apiKey: [] }];

export function integrationRoutes(keys: ApiKeys, db: Db): FastifyPluginAsyncZod {
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

    app.get(
      "/api/v1/integration/statements",
      {
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
      async (request) => {
        await keys.authenticate(request.headers.authorization, "decisions:read");
        return statementsAfter(db, request.query);
      },
    );
  };
}
