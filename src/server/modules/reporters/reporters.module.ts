import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { createReportersRepository, type ReportersRepository } from "./reporters.repository.ts";
import { reportersRoutes } from "./reporters.routes.ts";
import { createReportersService, type ReportersService } from "./reporters.service.ts";
import { createSuspensionAppeals } from "./suspension-appeals.ts";

export interface ReportersPorts {
  reporters: ReportersService;
  reporterCounters: Pick<ReportersRepository, "countersOf">;
}

/** Reporters' standing: trusted flaggers, misuse warnings and suspensions, and their appeals. */
export function reportersModule(ctx: ModuleContext, ports: StaffPorts): RedressModule<ReportersPorts> {
  const repository = createReportersRepository();
  const reporters = createReportersService({
    db: ctx.db,
    clock: ctx.clock,
    reporters: repository,
    staff: ports.staff,
    publicUrl: ctx.config.publicUrl,
  });
  const suspensions = createSuspensionAppeals({
    db: ctx.db,
    clock: ctx.clock,
    publicUrl: ctx.config.publicUrl,
  });
  return {
    name: "reporters",
    ports: { reporters, reporterCounters: repository },
    routes: [reportersRoutes(reporters, suspensions)],
  };
}
