import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import type { DecisionsPorts } from "../decisions/decisions.module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { counterNoticesRoutes } from "./counter-notices.routes.ts";
import { closeExpiredReplies, createCounterNoticesService } from "./counter-notices.service.ts";

type Needs = StaffPorts & Pick<CasesPorts, "caseRecords"> & Pick<DecisionsPorts, "decisionRecords">;

/** Sellers' counter-notices to IP removals: the complainant's reply time, then IP Protection decides. */
export function counterNoticesModule(ctx: ModuleContext, ports: Needs): RedressModule<Record<string, never>> {
  const notices = createCounterNoticesService({
    db: ctx.db,
    clock: ctx.clock,
    cases: ports.caseRecords,
    decisions: ports.decisionRecords,
    staff: ports.staff,
    publicUrl: ctx.config.publicUrl,
  });
  return {
    name: "counter-notices",
    ports: {},
    routes: [counterNoticesRoutes(notices)],
    jobs: [
      {
        name: "counter-notices.close-expired-replies",
        everySeconds: 60,
        run: () => closeExpiredReplies(ctx.db, ctx.clock, ports.caseRecords),
      },
    ],
  };
}
