import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, pageOf } from "../../../contracts/common.ts";
import {
  ConsoleDispute,
  ConsoleDisputeItem,
  ConsoleDisputeQuery,
  RequestEvidence,
  Ruling,
} from "../../../contracts/disputes.ts";
import { isViewable, sendStoredFile } from "../../platform/http/send-stored-file.ts";
import type { DisputesConsole } from "./disputes.console.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Params = z.object({ id: z.string().min(1).max(100) });
const tags = ["console: disputes"];

export function disputesConsoleRoutes(console: DisputesConsole): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/console/disputes",
      {
        schema: {
          tags,
          summary:
            "The Disputes department's queue: escalated, waiting for evidence and appealed, soonest deadline first",
          querystring: ConsoleDisputeQuery,
          response: { 200: pageOf(ConsoleDisputeItem), ...errors },
        },
      },
      (request) => console.queue(request.actor, request.query),
    );
    app.get(
      "/api/v1/console/disputes/:id",
      {
        schema: {
          tags,
          summary:
            "A dispute as the mediator sees it: both sides, the order's shipping facts, the rules' suggestion",
          params: Params,
          response: { 200: ConsoleDispute, ...errors },
        },
      },
      (request) => console.get(request.actor, request.params.id),
    );
    app.get(
      "/api/v1/console/disputes/:id/files/:fileId",
      {
        schema: {
          tags,
          summary: "A dispute's evidence file (mediators; images and PDFs viewable with inline=1)",
          params: Params.extend({ fileId: z.string().min(1).max(100) }),
          querystring: z.object({ inline: z.enum(["1"]).optional() }),
          response: { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request, reply) => {
        const file = await console.file(request.actor, request.params.id, request.params.fileId);
        return sendStoredFile(reply, file, request.query.inline === "1" && isViewable(file.mimeType));
      },
    );
    app.post(
      "/api/v1/console/disputes/:id/request-evidence",
      {
        schema: {
          tags,
          summary: "Ask one side for more evidence, with a deadline of 1 to 7 days",
          params: Params,
          body: RequestEvidence,
          response: { 200: ConsoleDispute, ...errors },
        },
      },
      (request) => console.requestEvidence(request.actor, request.params.id, request.body),
    );
    app.post(
      "/api/v1/console/disputes/:id/ruling",
      {
        schema: {
          tags,
          summary: "Rule: full refund, partial refund, return and refund, or rejected, with written reasons",
          params: Params,
          body: Ruling,
          response: { 200: ConsoleDispute, ...errors },
        },
      },
      (request) => console.rule(request.actor, request.params.id, request.body),
    );
  };
}
