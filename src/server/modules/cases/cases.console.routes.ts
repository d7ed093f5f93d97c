import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/common.ts";
import {
  AddNote,
  AssignCase,
  CaseDetail,
  CaseQueuePage,
  CaseQueueQuery,
  RequestInfo,
} from "../../../contracts/console.ts";
import { DepartmentId } from "../../../contracts/report-types.ts";
import { ProvideInfo } from "../../../contracts/reports.ts";
import { reportTokenOf } from "../../platform/http/report-token.ts";
import { isViewable, sendStoredFile } from "../../platform/http/send-stored-file.ts";
import type { CasesConsoleService } from "./cases.console.service.ts";
import type { CaseInfoService } from "./cases.info.ts";
import type { RerouteService } from "./cases.reroute.ts";

const CaseParams = z.object({ id: z.string().min(1).max(100) });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function consoleRoutes(
  cases: CasesConsoleService,
  info: CaseInfoService,
  reroute: RerouteService,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["console"];
    app.get(
      "/api/v1/console/cases",
      {
        schema: {
          tags,
          summary: "The queue: open cases by priority and SLA",
          querystring: CaseQueueQuery,
          response: { 200: CaseQueuePage, ...errors },
        },
      },
      (request) => cases.queue(request.actor, request.query),
    );
    app.get(
      "/api/v1/console/cases/:id",
      {
        schema: {
          tags,
          summary: "The case page",
          params: CaseParams,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => cases.get(request.actor, request.params.id),
    );
    app.get(
      "/api/v1/console/cases/:id/attachments/:attachmentId",
      {
        schema: {
          tags,
          summary:
            "A file sent with an appeal or a seller's answer (staff; images and PDFs viewable with inline=1)",
          params: CaseParams.extend({ attachmentId: z.string().min(1).max(100) }),
          querystring: z.object({ inline: z.enum(["1"]).optional() }),
        },
      },
      async (request, reply) => {
        const file = await cases.attachmentFile(
          request.actor,
          request.params.id,
          request.params.attachmentId,
        );
        return sendStoredFile(reply, file, request.query.inline === "1" && isViewable(file.mimeType));
      },
    );
    app.get(
      "/api/v1/console/reports/:id/evidence/:evidenceId",
      {
        schema: {
          tags,
          summary:
            "A report's evidence file (staff of its department; images and PDFs viewable with inline=1)",
          params: CaseParams.extend({ evidenceId: z.string().min(1).max(100) }),
          querystring: z.object({ inline: z.enum(["1"]).optional() }),
          response: { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request, reply) => {
        const file = await cases.evidenceFile(request.actor, request.params.id, request.params.evidenceId);
        return sendStoredFile(reply, file, request.query.inline === "1" && isViewable(file.mimeType));
      },
    );
    app.post(
      "/api/v1/console/cases/:id/claim",
      {
        schema: {
          tags,
          summary: "Claim the case (a 30-minute lease)",
          params: CaseParams,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => cases.claim(request.actor, request.params.id),
    );
    app.post(
      "/api/v1/console/cases/:id/assign",
      {
        schema: {
          tags,
          summary: "Assign the case to a colleague (senior moderators, admins)",
          params: CaseParams,
          body: AssignCase,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => cases.claim(request.actor, request.params.id, request.body.assigneeId),
    );
    app.post(
      "/api/v1/console/cases/:id/release",
      {
        schema: {
          tags,
          summary: "Release my claim",
          params: CaseParams,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => cases.release(request.actor, request.params.id),
    );
    app.post(
      "/api/v1/console/cases/:id/notes",
      {
        schema: {
          tags,
          summary: "Add an internal note (staff only)",
          params: CaseParams,
          body: AddNote,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => cases.addNote(request.actor, request.params.id, request.body.body),
    );
    app.post(
      "/api/v1/console/cases/:id/request-info",
      {
        schema: {
          tags,
          summary: "Ask the reporters for more information: the case waits and its SLA clock stops",
          params: CaseParams,
          body: RequestInfo,
          response: { 200: CaseDetail, ...errors },
        },
      },
      (request) => info.request(request.actor, request.params.id, request.body),
    );
    app.post(
      "/api/v1/console/cases/:id/reroute",
      {
        schema: {
          tags,
          summary:
            "Move a case filed under the wrong type to the department that handles it (reporters are told)",
          params: CaseParams,
          body: z.object({ department: DepartmentId }),
          response: { 200: z.object({ caseId: z.string(), department: DepartmentId }), ...errors },
        },
      },
      (request) => reroute(request.actor, request.params.id, request.body.department),
    );
    app.post(
      "/api/v1/reports/:id/info",
      {
        schema: {
          tags: ["reports"],
          summary: "Answer a moderator's request for information (the reporter, or a guest with its token)",
          params: CaseParams,
          querystring: z.object({ token: z.string().max(200).optional() }),
          body: ProvideInfo,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const token = reportTokenOf(request.headers, request.query);
        await info.provide(request.actor, request.params.id, token, request.body.message);
        return reply.code(204).send(null);
      },
    );
  };
}
