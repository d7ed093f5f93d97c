import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { createTrustedFlaggers } from "./reporters.flaggers.ts";
import { createReportersRepository } from "./reporters.repository.ts";
import { reportersRoutes } from "./reporters.routes.ts";
import { createReportersService, type ReportersService } from "./reporters.service.ts";
import { createSuspensionAppealsRepository } from "./suspension-appeals.repository.ts";
import { createSuspensionAppeals } from "./suspension-appeals.ts";

export interface ReportersPorts {
  reporters: ReportersService;
  reporterCounters: Pick<ReportersService, "countersOf">;
}

/** Reporters' standing: trusted flaggers, misuse warnings and suspensions, and their appeals. */
export function reportersModule(ctx: ModuleContext, ports: StaffPorts): RedressModule<ReportersPorts> {
  const { db, transact, clock } = ctx;
  const publicUrl = ctx.config.publicUrl;
  const repository = createReportersRepository();
  const reporters = createReportersService({
    db,
    transact,
    clock,
    reporters: repository,
    staff: ports.staff,
    publicUrl,
  });
  const suspensions = createSuspensionAppeals({
    db,
    transact,
    clock,
    appeals: createSuspensionAppealsRepository(),
    reporters: repository,
    publicUrl,
  });
  return {
    name: "reporters",
    ports: { reporters, reporterCounters: reporters },
    routes: [
      reportersRoutes(
        reporters,
        suspensions,
        createTrustedFlaggers({ db, transact, clock, reporters: repository }),
      ),
    ],
  };
}
