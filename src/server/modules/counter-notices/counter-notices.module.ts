import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import type { DecisionsPorts } from "../decisions/decisions.module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { createCounterNoticesRepository } from "./counter-notices.repository.ts";
import { counterNoticesRoutes } from "./counter-notices.routes.ts";
import { createCounterNoticesService } from "./counter-notices.service.ts";
import { closeExpiredReplies } from "./counter-notices.timers.ts";

type Needs = StaffPorts &
  Pick<CasesPorts, "caseRecords" | "caseTransitions"> &
  Pick<DecisionsPorts, "decisionRecords">;

/** Sellers' counter-notices to IP removals: the complainant's reply time, then IP Protection decides. */
export function counterNoticesModule(ctx: ModuleContext, ports: Needs): RedressModule<Record<string, never>> {
  const { db, transact, clock } = ctx;
  const notices = createCounterNoticesRepository();
  const service = createCounterNoticesService({
    db,
    transact,
    clock,
    notices,
    cases: ports.caseRecords,
    transitions: ports.caseTransitions,
    decisions: ports.decisionRecords,
    staff: ports.staff,
    publicUrl: ctx.config.publicUrl,
  });
  return {
    name: "counter-notices",
    ports: {},
    routes: [counterNoticesRoutes(service)],
    jobs: [
      {
        name: "counter-notices.close-expired-replies",
        everySeconds: 60,
        run: () => closeExpiredReplies({ db, transact, clock, notices, transitions: ports.caseTransitions }),
      },
    ],
  };
}
