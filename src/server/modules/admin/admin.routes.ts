import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { SetStaff, StaffMember } from "../../../contracts/admin.ts";
import { ErrorBody } from "../../../contracts/common.ts";
import type { StaffAdminService } from "./admin.staff.ts";

const List = z.object({ items: z.array(StaffMember) });

export function adminRoutes(staffAdmin: StaffAdminService): FastifyPluginAsyncZod {
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
  };
}
