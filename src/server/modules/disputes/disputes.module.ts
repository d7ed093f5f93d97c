import { MAX_DISPUTE_FILES, OpenDispute, ProvideEvidence } from "../../../contracts/disputes.ts";
import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { disputesConsoleRoutes } from "./disputes.console.routes.ts";
import { createDisputesConsole } from "./disputes.console.ts";
import { REFUND_REQUESTED, REFUND_REVERSAL_REQUESTED, RefundRequested } from "./disputes.events.ts";
import { createDisputesRepository, type DisputesRepository } from "./disputes.repository.ts";
import { disputesRoutes } from "./disputes.routes.ts";
import { createDisputesService } from "./disputes.service.ts";
import { fireDueTimers, sendReminders } from "./disputes.timers.ts";

type Needs = Pick<CatalogPorts, "orders"> & StaffPorts;

/** Order disputes between a buyer and a seller, with the platform as mediator. */
/** What other domains may ask of disputes. */
export interface DisputesPorts {
  orderDisputes: Pick<DisputesRepository, "orderDisputeFacts">;
}

export function disputesModule(ctx: ModuleContext, ports: Needs): RedressModule<DisputesPorts> {
  const { db, transact, clock } = ctx;
  const disputes = createDisputesRepository();
  const deps = { db, transact, clock, disputes, evidence: ctx.evidence, publicUrl: ctx.config.publicUrl };
  const timerDeps = { ...deps, skipLocked: ctx.database.dialect === "postgres" };
  const service = createDisputesService({ ...deps, orders: ports.orders });
  const mediation = createDisputesConsole({ ...deps, orders: ports.orders, staff: ports.staff });
  return {
    name: "disputes",
    ports: { orderDisputes: { orderDisputeFacts: disputes.orderDisputeFacts } },
    routes: [disputesRoutes(service, ctx.evidence), disputesConsoleRoutes(mediation)],
    forms: [
      {
        path: "/api/v1/disputes",
        schema: OpenDispute,
        jsonPart: "dispute",
        filesField: "evidence",
        maxFiles: MAX_DISPUTE_FILES,
      },
      {
        path: "/api/v1/disputes/{id}/evidence",
        schema: ProvideEvidence,
        jsonPart: "message",
        filesField: "evidence",
        maxFiles: MAX_DISPUTE_FILES,
      },
    ],
    topics: {
      // The marketplace carries refunds out; until its integration reads them, the request is checked
      // and kept as a processed outbox row (see docs/api.md).
      [REFUND_REQUESTED]: async (payload) => {
        RefundRequested.parse(payload);
      },
      [REFUND_REVERSAL_REQUESTED]: async (payload) => {
        RefundRequested.parse(payload);
      },
    },
    jobs: [
      { name: "disputes.timers", everySeconds: 30, run: () => fireDueTimers(timerDeps) },
      { name: "disputes.reminders", everySeconds: 300, run: () => sendReminders(timerDeps) },
    ],
  };
}
