import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  OutcomeTemplate,
  OutcomeTemplateKey,
  SetOutcomeTemplate,
  SetStaff,
  StaffChange,
  StaffMember,
} from "../../../contracts/admin.ts";
import { ErrorBody } from "../../../contracts/common.ts";
import type { StaffAdminService } from "./admin.staff.ts";
import type { OutcomeTemplatesService } from "./admin.templates.ts";

const List = z.object({ items: z.array(StaffMember) });

export function adminRoutes(
  staffAdmin: StaffAdminService,
  templates: OutcomeTemplatesService,
): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["admin"];
    app.get(
      "/api/v1/admin/staff",
      {
        schema: {
          tags,
          summary: "Staff and their departments",
          response: { 200: List, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request) => ({ items: await staffAdmin.list(request.actor) }),
    );
    app.put(
      "/api/v1/admin/staff",
      {
        schema: {
          tags,
          summary: "Set an account's staff role and departments",
          body: SetStaff,
          response: { 200: List, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request) => ({ items: await staffAdmin.set(request.actor, request.body) }),
    );
    app.get(
      "/api/v1/admin/staff/:userId/history",
      {
        schema: {
          tags,
          summary: "One account's changes of staff role and departments, oldest first",
          params: z.object({ userId: z.string().min(1).max(100) }),
          response: { 200: z.object({ items: z.array(StaffChange) }), 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request) => ({ items: await staffAdmin.history(request.actor, request.params.userId) }),
    );
    const Templates = z.object({ items: z.array(OutcomeTemplate) });
    app.get(
      "/api/v1/admin/outcome-templates",
      {
        schema: {
          tags,
          summary: "What reporters are told per outcome",
          response: { 200: Templates, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request) => ({ items: await templates.list(request.actor) }),
    );
    app.put(
      "/api/v1/admin/outcome-templates/:key",
      {
        schema: {
          tags,
          summary: "Reword one outcome message (empty text restores the built-in one)",
          params: z.object({ key: OutcomeTemplateKey }),
          body: SetOutcomeTemplate,
          response: { 200: Templates, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
        },
      },
      async (request) => ({
        items: await templates.set(request.actor, request.params.key, request.body.text),
      }),
    );
  };
}
