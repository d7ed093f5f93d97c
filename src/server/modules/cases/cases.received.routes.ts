import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import { ReceivedComplaint, ReceivedComplaintDetail } from "../../../contracts/received.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { withUploadedForm } from "../../platform/storage/form-intake.ts";
import { statementForm } from "../attachments/attachments.ts";
import type { ReceivedService } from "./cases.received.ts";
import type { SellerActions } from "./cases.seller-actions.ts";

export function receivedRoutes(
  received: ReceivedService,
  actions: SellerActions,
  store: EvidenceStore,
): FastifyPluginAsyncZod {
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
          summary:
            "Answer a complaint with my side of the story and evidence (moderators see it on the case)",
          description:
            "JSON `{statement}`, or multipart/form-data with that JSON in a part `answer` and up to 10 `evidence` files.",
          params: CaseParams,
          response: {
            204: z.null(),
            400: ErrorBody,
            401: ErrorBody,
            404: ErrorBody,
            413: ErrorBody,
            415: ErrorBody,
          },
        },
      },
      async (request, reply) => {
        await withUploadedForm(request, store, statementForm("answer"), (form) =>
          actions.answer(request.actor, request.params.caseId, form),
        );
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
