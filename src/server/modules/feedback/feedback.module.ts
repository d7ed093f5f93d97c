import { MAX_FEEDBACK_PHOTOS, RateOrder } from "../../../contracts/feedback.ts";
import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import { ORDER_DISPUTES_CHANGED, OrderDisputesChanged } from "../disputes/disputes.events.ts";
import type { DisputesPorts } from "../disputes/disputes.module.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import { createFeedbackTargets } from "./feedback.abuse.ts";
import { createFeedbackRepository } from "./feedback.repository.ts";
import { revealClosedWindows } from "./feedback.reveal.ts";
import { feedbackRoutes } from "./feedback.routes.ts";
import { createSellerFeedback } from "./feedback.sellers.ts";
import { createFeedbackService } from "./feedback.service.ts";

type Needs = Pick<CatalogPorts, "orders" | "catalog"> &
  DisputesPorts &
  Pick<ReportsPorts, "reportTargets" | "fileReport">;

/**
 * Ratings of delivered orders, the sellers' replies, the store and listing ratings they add up to, and
 * reports of abusive ratings (a rating is a report target; a decision may hide it).
 */
export function feedbackModule(ctx: ModuleContext, ports: Needs): RedressModule<Record<string, never>> {
  const deps = { db: ctx.db, transact: ctx.transact, clock: ctx.clock, feedback: createFeedbackRepository() };
  const service = createFeedbackService({ ...deps, evidence: ctx.evidence, ...ports });
  const sellers = createSellerFeedback({ ...deps, orders: ports.orders });
  const abuse = createFeedbackTargets({
    ...deps,
    publicUrl: ctx.config.publicUrl,
    lockRows: ctx.database.dialect === "postgres",
    fileReport: ports.fileReport,
  });
  ports.reportTargets.provide(abuse.provider);
  return {
    name: "feedback",
    ports: {},
    routes: [feedbackRoutes(service, sellers, abuse, ctx.evidence)],
    forms: [
      {
        path: "/api/v1/me/orders/{id}/feedback",
        schema: RateOrder,
        jsonPart: "rating",
        filesField: "photos",
        maxFiles: MAX_FEEDBACK_PHOTOS,
      },
    ],
    jobs: [{ name: "feedback.reveal", everySeconds: 60, run: () => revealClosedWindows(deps) }],
    topics: {
      [ORDER_DISPUTES_CHANGED]: async (payload) =>
        service.refreshOrder(OrderDisputesChanged.parse(payload).orderId),
    },
  };
}
