import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/common.ts";
import { ReviewRight, RightQueuePage, RightQueueQuery, RightReview } from "../../../contracts/rights.ts";
import { sendStoredFile } from "../../platform/http/send-stored-file.ts";
import type { RightsReviewService } from "./rights.review.ts";

const RightParams = z.object({ id: z.string().min(1).max(100) });
const FileParams = RightParams.extend({ fileId: z.string().min(1).max(100) });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

/** IP Protection verifies rights: the queue, the review page with every file, the decision. */
export function rightsConsoleRoutes(review: RightsReviewService): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["console", "rights"];
    app.get(
      "/api/v1/console/rights",
      {
        schema: {
          tags,
          summary: "Rights to verify (status=pending, oldest first) or already reviewed (newest first)",
          querystring: RightQueueQuery,
          response: { 200: RightQueuePage, ...errors },
        },
      },
      (request) => review.queue(request.actor, request.query),
    );
    app.get(
      "/api/v1/console/rights/:id",
      {
        schema: {
          tags,
          summary: "A right with its holder, identity documents and files",
          params: RightParams,
          response: { 200: RightReview, ...errors },
        },
      },
      (request) => review.get(request.actor, request.params.id),
    );
    app.post(
      "/api/v1/console/rights/:id/review",
      {
        schema: {
          tags,
          summary: "Approve or reject a pending right (a reason is required to reject); the holder is mailed",
          params: RightParams,
          body: ReviewRight,
          response: { 200: RightReview, ...errors, 409: ErrorBody },
        },
      },
      (request) => review.decide(request.actor, request.params.id, request.body),
    );
    app.get(
      "/api/v1/console/rights/:id/files/:fileId",
      {
        schema: {
          tags,
          summary: "Download a certificate or letter of authorisation (always as an attachment)",
          params: FileParams,
        },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await review.rightFile(request.actor, request.params.id, request.params.fileId),
        ),
    );
    app.get(
      "/api/v1/console/rights/:id/holder-documents/:fileId",
      {
        schema: {
          tags,
          summary: "Download an identity document of the right's holder (always as an attachment)",
          params: FileParams,
        },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await review.holderDocument(request.actor, request.params.id, request.params.fileId),
        ),
    );
  };
}
