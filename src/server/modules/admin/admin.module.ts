import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { createAdminRepository } from "./admin.repository.ts";
import { adminRoutes } from "./admin.routes.ts";
import { createStaffAdminService } from "./admin.staff.ts";
import { createOutcomeTemplatesService } from "./admin.templates.ts";

/** Administration: staff and their departments, the outcome messages sent after decisions. */
export function adminModule(ctx: ModuleContext, ports: StaffPorts): RedressModule<Record<string, never>> {
  const admin = createAdminRepository();
  return {
    name: "admin",
    ports: {},
    routes: [
      adminRoutes(
        createStaffAdminService({
          db: ctx.db,
          transact: ctx.transact,
          clock: ctx.clock,
          admin,
          staff: ports.staff,
        }),
        createOutcomeTemplatesService({ db: ctx.db, transact: ctx.transact, clock: ctx.clock, admin }),
      ),
    ],
  };
}
