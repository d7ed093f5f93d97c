import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import type { DecisionsPorts } from "../decisions/decisions.module.ts";
import { createApiKeysRepository } from "./api-keys.repository.ts";
import { type ApiKeys, createApiKeys } from "./api-keys.ts";
import { createCatalogSync } from "./catalog-sync.ts";
import { integrationRoutes } from "./integration.routes.ts";

export interface IntegrationPorts {
  /** Authenticates a request of the marketplace's servers by its API key and the scope a route needs. */
  apiKeys: Pick<ApiKeys, "authenticate">;
}

/** What connects the marketplace's own servers: API keys, and what they read and write with them. */
export function integrationModule(
  ctx: ModuleContext,
  ports: DecisionsPorts,
): RedressModule<IntegrationPorts> {
  const keys = createApiKeys({
    db: ctx.db,
    transact: ctx.transact,
    clock: ctx.clock,
    keys: createApiKeysRepository(),
  });
  return {
    name: "integration",
    ports: { apiKeys: keys },
    routes: [
      integrationRoutes(
        keys,
        createCatalogSync({ transact: ctx.transact, clock: ctx.clock }),
        ports.decisionRecords,
        ctx.db,
      ),
    ],
  };
}
