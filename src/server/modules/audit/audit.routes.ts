import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AuditEntry, AuditVerification } from "../../../contracts/audit.ts";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import type { AuditService } from "./audit.service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };
const tags = ["admin"];

export function auditRoutes(audit: AuditService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/admin/audit",
      {
        schema: {
          tags,
          summary:
            "The audit log of staff and admin actions, newest first (admins only); each entry carries its hash in the chain",
          querystring: PageQuery,
          response: { 200: pageOf(AuditEntry), ...errors },
        },
      },
      (request) => audit.list(request.actor, request.query),
    );
    app.get(
      "/api/v1/admin/audit/verification",
      {
        schema: {
          tags,
          summary:
            "Checks the whole hash chain now and names every entry that was edited, moved or deleted (admins only)",
          response: { 200: AuditVerification, ...errors },
        },
      },
      (request) => audit.verify(request.actor),
    );
  };
}
