import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import { createCatalogRepository } from "./catalog.repository.ts";
import { catalogRoutes } from "./catalog.routes.ts";
import { type CatalogService, createCatalogService } from "./catalog.service.ts";
import { createOrdersRepository, type OrdersRepository } from "./orders.repository.ts";

export interface CatalogPorts {
  catalog: CatalogService;
  /** The marketplace's orders, read-only: disputes are opened on them. */
  orders: Pick<OrdersRepository, "ofBuyer" | "find" | "sharingTracking">;
}

/** The marketplace's listings, stores and orders as Redress knows them. */
export function catalogModule(ctx: ModuleContext): RedressModule<CatalogPorts> {
  const catalog = createCatalogService({
    db: ctx.db,
    catalog: createCatalogRepository(),
    urlPatterns: ctx.config.catalogUrlPatterns,
  });
  return {
    name: "catalog",
    ports: { catalog, orders: createOrdersRepository() },
    routes: [catalogRoutes(catalog)],
  };
}
