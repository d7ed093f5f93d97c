import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppealDetail, AppealQuery, DecideAppeal, ReporterAppealLinks } from "../../../contracts/appeals.ts";
import { ErrorBody, pageOf } from "../../../contracts/common.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { withUploadedForm } from "../../platform/storage/form-intake.ts";
import { statementForm } from "../attachments/attachments.ts";
import type { AppealFiling } from "./appeals.file.ts";
import type { AppealReview } from "./appeals.review.ts";

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
};
const Filed = z.object({ id: z.string(), status: z.literal("pending"), createdAt: z.string() });
const Id = z.object({ id: z.string().min(1).max(100) });
const FORM_NOTE =
  "JSON `{statement}`, or multipart/form-data with that JSON in a part `appeal` and up to 10 `evidence` files " +
  "(PDF, DOC, DOCX, GIF, JPEG, PNG, WEBP; 5 MB each; checked by content).";

export function appealsRoutes(
  filing: AppealFiling,
  review: AppealReview,
  store: EvidenceStore,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/api/v1/reports/:id/appeal",
      {
        schema: {
          tags: ["appeals"],
          summary:
            "Appeal the decision on one link of my report (no action taken); once per link, within 6 months",
          description: `${FORM_NOTE} The JSON names the link by \`caseId\` (one of the report's targets); a report on one link may leave it out.`,
          params: Id,
          querystring: z.object({ token: z.string().max(200).optional() }),
          response: { 201: Filed, ...errors },
        },
      },
      async (request, reply) => {
        const filed = await withUploadedForm(request, store, statementForm("appeal"), (form) =>
          filing.byReporter(request.actor, request.params.id, request.query.token, form),
        );
        return reply.code(201).send(filed);
      },
    );
    app.get(
      "/api/v1/reports/:id/appeals",
      {
        schema: {
          tags: ["appeals"],
          summary: "Each link of my report: its decision, until when I may appeal it, and my appeal of it",
          params: Id,
          querystring: z.object({ token: z.string().max(200).optional() }),
          response: { 200: ReporterAppealLinks, ...errors },
        },
      },
      (request) => filing.linksOf(request.actor, request.params.id, request.query.token),
    );
    app.post(
      "/api/v1/me/received/:caseId/appeal",
      {
        schema: {
          tags: ["appeals"],
          summary: "Appeal a decision that restricted my store or listing; once, within 6 months",
          description: FORM_NOTE,
          params: z.object({ caseId: z.string().min(1).max(100) }),
          response: { 201: Filed, ...errors },
        },
      },
      async (request, reply) => {
        const filed = await withUploadedForm(request, store, statementForm("appeal"), (form) =>
          filing.bySeller(request.actor, request.params.caseId, form),
        );
        return reply.code(201).send(filed);
      },
    );
    app.get(
      "/api/v1/console/appeals",
      {
        schema: {
          tags: ["appeals"],
          summary: "The appeals queue (without appeals of my own decisions)",
          querystring: AppealQuery,
          response: { 200: pageOf(AppealDetail), ...errors },
        },
      },
      (request) => review.queue(request.actor, request.query),
    );
    app.get(
      "/api/v1/console/appeals/:id",
      {
        schema: {
          tags: ["appeals"],
          summary: "One appeal",
          params: Id,
          response: { 200: AppealDetail, ...errors },
        },
      },
      (request) => review.get(request.actor, request.params.id),
    );
    app.post(
      "/api/v1/console/appeals/:id/decision",
      {
        schema: {
          tags: ["appeals"],
          summary: "Uphold or reverse the decision under appeal (never by its author)",
          params: Id,
          body: DecideAppeal,
          response: { 200: AppealDetail, ...errors },
        },
      },
      (request) => review.decide(request.actor, request.params.id, request.body),
    );
  };
}
