import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/common.ts";
import {
  CounterNotice,
  DecideCounterNotice,
  FileCounterNotice,
  ReplyToCounterNotice,
} from "../../../contracts/counter-notices.ts";
import type { CounterNoticesService } from "./counter-notices.service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const List = z.object({ items: z.array(CounterNotice) });
const tags = ["counter-notices"];

export function counterNoticesRoutes(notices: CounterNoticesService): FastifyPluginAsyncZod {
  return async (app) => {
    const CaseParams = z.object({ caseId: z.string().min(1).max(100) });
    app.get(
      "/api/v1/me/received/:caseId/counter-notices",
      {
        schema: {
          tags,
          summary: "My counter-notices on a complaint",
          params: CaseParams,
          response: { 200: List, ...errors },
        },
      },
      async (request) => ({ items: await notices.list(request.actor, request.params.caseId) }),
    );
    app.post(
      "/api/v1/me/received/:caseId/counter-notices",
      {
        schema: {
          tags,
          summary: "File an IP counter-notice (1st within 3 business days, 2nd and 3rd within 27)",
          params: CaseParams,
          body: FileCounterNotice,
          response: { 201: CounterNotice, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await notices.file(request.actor, request.params.caseId, request.body.statement)),
    );
    app.post(
      "/api/v1/reports/:id/counter-notice-reply",
      {
        schema: {
          tags,
          summary: "The rights holder's reply to a counter-notice (within 3 business days)",
          params: z.object({ id: z.string().min(1).max(100) }),
          querystring: z.object({ token: z.string().max(200).optional() }),
          body: ReplyToCounterNotice,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await notices.reply(request.actor, request.params.id, request.query.token, request.body.reply);
        return reply.code(204).send(null);
      },
    );
    app.get(
      "/api/v1/console/counter-notices",
      {
        schema: {
          tags,
          summary: "Counter-notices ready for IP Protection's decision",
          response: { 200: List, ...errors },
        },
      },
      async (request) => ({ items: await notices.queue(request.actor) }),
    );
    app.post(
      "/api/v1/console/counter-notices/:id/decision",
      {
        schema: {
          tags,
          summary: "Reinstate the listing or keep it removed",
          params: z.object({ id: z.string().min(1).max(100) }),
          body: DecideCounterNotice,
          response: { 200: CounterNotice, ...errors },
        },
      },
      (request) => notices.decide(request.actor, request.params.id, request.body),
    );
  };
}
