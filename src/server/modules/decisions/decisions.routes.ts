import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/common.ts";
import { BulkDecision, BulkDecisionResult, CreateMacro, Macro } from "../../../contracts/decisions.ts";
import type { BulkDecisionsService } from "./decisions.bulk.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export function decisionToolsRoutes(bulk: BulkDecisionsService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["console"];
    app.post(
      "/api/v1/console/bulk-decision",
      {
        schema: {
          tags,
          summary: "Apply one decision to several cases (each in its own transaction)",
          body: BulkDecision,
          response: { 200: BulkDecisionResult, ...errors },
        },
      },
      (request) => bulk.decideMany(request.actor, request.body),
    );
    app.get(
      "/api/v1/console/macros",
      {
        schema: {
          tags,
          summary: "Saved decision templates",
          response: { 200: z.object({ items: z.array(Macro) }), ...errors },
        },
      },
      async (request) => ({ items: await bulk.listMacros(request.actor) }),
    );
    app.post(
      "/api/v1/console/macros",
      {
        schema: {
          tags,
          summary: "Save a decision as a macro",
          body: CreateMacro,
          response: { 201: Macro, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await bulk.createMacro(request.actor, request.body)),
    );
    app.delete(
      "/api/v1/console/macros/:id",
      {
        schema: {
          tags,
          summary: "Delete a macro",
          params: z.object({ id: z.string().min(1).max(100) }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await bulk.deleteMacro(request.actor, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
