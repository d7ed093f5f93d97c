import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import { ReceivedComplaint, ReceivedComplaintDetail } from "../../../contracts/received.ts";
import type { ReceivedService } from "./cases.received.ts";

export function receivedRoutes(received: ReceivedService): FastifyPluginAsyncZod {
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
  };
}
