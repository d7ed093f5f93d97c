import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { rightsConsoleRoutes } from "./rights.console.routes.ts";
import { createRightsRepository } from "./rights.repository.ts";
import { createRightsReviewService } from "./rights.review.ts";
import { rightsRoutes } from "./rights.routes.ts";
import { createRightsService } from "./rights.service.ts";
import { warnExpiringRights } from "./rights.timers.ts";

/** Rights holders' vaults: registration, verified rights, review in the console, expiry warnings. */
export function rightsModule(ctx: ModuleContext, ports: StaffPorts): RedressModule<Record<string, never>> {
  const rights = createRightsRepository();
  const deps = { db: ctx.db, transact: ctx.transact, clock: ctx.clock, evidence: ctx.evidence, rights };
  const review = createRightsReviewService({ ...deps, staff: ports.staff, publicUrl: ctx.config.publicUrl });
  return {
    name: "rights",
    ports: {},
    routes: [rightsRoutes(createRightsService(deps), ctx.evidence), rightsConsoleRoutes(review)],
    jobs: [
      {
        name: "rights.warn-expiring",
        everySeconds: 3600,
        run: () => warnExpiringRights({ ...deps, publicUrl: ctx.config.publicUrl }),
      },
    ],
  };
}
