import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import { ReceivedComplaint, ReceivedComplaintDetail, SellerAnswer } from "../../../contracts/received.ts";
import type { ReceivedService } from "./cases.received.ts";
import type { SellerActions } from "./cases.seller-actions.ts";

export function receivedRoutes(received: ReceivedService, actions: SellerActions): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/me/received",
      {
        schema: {
          tags: ["reports"],
          summary: "My Reports → Received: complaints about my stores and listings (newest first)",
          querystring: PageQuery,
          response: { 200: pageOf(ReceivedComplaint), 401: ErrorBody },
        },
      },
      (request) => received.list(request.actor, request.query),
    );
    app.get(
      "/api/v1/me/received/:caseId",
      {
        schema: {
          tags: ["reports"],
          summary: "One complaint about my store or listing, with the decision and its statement of reasons",
          params: z.object({ caseId: z.string().min(1).max(100) }),
          response: { 200: ReceivedComplaintDetail, 401: ErrorBody, 404: ErrorBody },
        },
      },
      (request) => received.get(request.actor, request.params.caseId),
    );
    const CaseParams = z.object({ caseId: z.string().min(1).max(100) });
    app.post(
      "/api/v1/me/received/:caseId/answer",
      {
        schema: {
          tags: ["reports"],
          summary: "Answer a complaint with my side of the story (moderators see it on the case)",
          params: CaseParams,
          body: SellerAnswer,
          response: { 204: z.null(), 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (request, reply) => {
        await actions.answer(request.actor, request.params.caseId, request.body.statement);
        return reply.code(204).send(null);
      },
    );
    app.post(
      "/api/v1/me/received/:caseId/remove-listing",
      {
        schema: {
          tags: ["reports"],
          summary: "Take the reported listing down myself",
          params: CaseParams,
          response: { 204: z.null(), 401: ErrorBody, 404: ErrorBody, 409: ErrorBody },
        },
      },
      async (request, reply) => {
        await actions.removeListing(request.actor, request.params.caseId);
        return reply.code(204).send(null);
      },
    );
  };
}
