import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, pageOf } from "../../../contracts/common.ts";
import {
  AdminHelpArticle,
  AdminHelpArticleQuery,
  HelpArticle,
  HelpArticleInput,
  HelpArticleUpdate,
  HelpCenter,
  HelpSearchQuery,
  HelpSearchResults,
  RouteAnswer,
  RouteRequest,
} from "../../../contracts/help.ts";
import type { HelpAdminService } from "./help.admin.ts";
import type { HelpService } from "./help.service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ["help"];
const SlugParams = z.object({ slug: z.string().min(1).max(100) });
const IdParams = z.object({ id: z.string().min(1).max(100) });
/** Per network address: a person typing, with the form's pauses, asks far less often. */
const ROUTE_LIMIT = { max: 60, timeWindow: "1 minute" };

export function helpRoutes(help: HelpService, admin: HelpAdminService): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("onReady", async () => {
      await help.seedBuiltInArticles();
    });

    app.get(
      "/api/v1/help",
      {
        schema: {
          tags,
          summary: "The help center: its sections, each with its published articles",
          response: { 200: HelpCenter },
        },
      },
      () => help.center(),
    );
    app.get(
      "/api/v1/help/search",
      {
        schema: {
          tags,
          summary: "Search the published articles' titles and text (words are matched by their start)",
          querystring: HelpSearchQuery,
          response: { 200: HelpSearchResults, 400: ErrorBody },
        },
      },
      (request) => help.search(request.query),
    );
    app.get(
      "/api/v1/help/articles/:slug",
      {
        schema: {
          tags,
          summary: "A published article (Markdown), with related articles of its section",
          params: SlugParams,
          response: { 200: HelpArticle, 404: ErrorBody },
        },
      },
      (request) => help.article(request.params.slug),
    );
    app.post(
      "/api/v1/help/route",
      {
        config: { rateLimit: ROUTE_LIMIT },
        schema: {
          tags,
          summary:
            "Where a problem told in free text belongs: a dispute on an order (and why), or a report type",
          description:
            "A classifier trained at start from labelled examples in English, German and French. When the best " +
            "choice is not clearly ahead, `sure` is false and both best choices are given.",
          body: RouteRequest,
          response: { 200: RouteAnswer, 400: ErrorBody, 429: ErrorBody },
        },
      },
      (request) => help.route(request.body),
    );

    app.get(
      "/api/v1/admin/help/articles",
      {
        schema: {
          tags,
          summary: "Admins: every article, drafts too, newest first",
          querystring: AdminHelpArticleQuery,
          response: { 200: pageOf(AdminHelpArticle), ...errors },
        },
      },
      (request) => admin.list(request.actor, request.query),
    );
    app.get(
      "/api/v1/admin/help/articles/:id",
      {
        schema: {
          tags,
          summary: "Admins: one article to edit, with its version",
          params: IdParams,
          response: { 200: AdminHelpArticle, ...errors },
        },
      },
      (request) => admin.get(request.actor, request.params.id),
    );
    app.post(
      "/api/v1/admin/help/articles",
      {
        schema: {
          tags,
          summary: "Admins: write a new article, published or as a draft",
          body: HelpArticleInput,
          response: { 201: AdminHelpArticle, ...errors },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return admin.create(request.actor, request.body);
      },
    );
    app.put(
      "/api/v1/admin/help/articles/:id",
      {
        schema: {
          tags,
          summary: "Admins: save an article over the version they edited (409 if someone saved since)",
          params: IdParams,
          body: HelpArticleUpdate,
          response: { 200: AdminHelpArticle, ...errors },
        },
      },
      (request) => admin.update(request.actor, request.params.id, request.body),
    );
  };
}
