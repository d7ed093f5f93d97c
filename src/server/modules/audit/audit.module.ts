import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import { createAuditRepository } from "./audit.repository.ts";
import { auditRoutes } from "./audit.routes.ts";
import { createAuditService } from "./audit.service.ts";

/**
 * The audit log's pages: admins read it and check its chain. Every module writes its own staff and admin
 * actions to it with `appendAudit`, in the transaction of the action.
 */
export function auditModule(ctx: ModuleContext): RedressModule<Record<string, never>> {
  return {
    name: "audit",
    ports: {},
    routes: [
      auditRoutes(createAuditService({ db: ctx.db, clock: ctx.clock, audit: createAuditRepository() })),
    ],
  };
}
