import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/common.ts";
import { CaseDetail } from "../../../contracts/console.ts";
import {
  BulkDecision,
  BulkDecisionResult,
  CreateMacro,
  DecideCase,
  Macro,
} from "../../../contracts/decisions.ts";
import { sendMadeFile } from "../../platform/http/send-stored-file.ts";
import type { BulkDecisionsService } from "./decisions.bulk.ts";
import type { DecisionsService } from "./decisions.service.ts";
import type { StatementsExport } from "./statements.export.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const conflict = { ...errors, 409: ErrorBody };
const CaseParams = z.object({ id: z.string().min(1).max(100) });
const day = z.iso.date({ error: "Give the day as YYYY-MM-DD." });
const ExportQuery = z.object({ from: day, to: day, format: z.enum(["json", "csv"]).default("json") });

export function decisionsRoutes(
  decisions: DecisionsService,
  bulk: BulkDecisionsService,
  statements: StatementsExport,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/admin/statements/export",
      {
        schema: {
          tags: ["statements"],
          summary:
            "The statements of reasons made from `from` to `to` (whole UTC days), as JSON or CSV in the EU Transparency Database's field names (admins only)",
          querystring: ExportQuery,
          produces: ["application/json", "text/csv"],
          response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request, reply) => sendMadeFile(reply, await statements.export(request.actor, request.query)),
    );
    const tags = ["console"];
    app.post(
      "/api/v1/console/cases/:id/decision",
      {
        schema: {
          tags,
          summary: "Decide the case: action taken (with enforcement) or no action (with a reason)",
          params: CaseParams,
          body: DecideCase,
          response: { 200: CaseDetail, ...conflict },
        },
      },
      (request) => decisions.decide(request.actor, request.params.id, request.body),
    );
    app.get(
      "/api/v1/statements/:puid",
      {
        schema: {
          tags: ["statements"],
          summary: "A statement of reasons, as the EU Transparency Database's JSON",
          params: z.object({ puid: z.string().min(1).max(500) }),
          response: { 200: z.record(z.string(), z.unknown()), 404: ErrorBody },
        },
      },
      (request) => decisions.statement(request.actor, request.params.puid),
    );
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
