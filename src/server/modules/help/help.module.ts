import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import { labelledExamples, trainClassifier } from "./assistant/classifier.ts";
import { createHelpAdminService } from "./help.admin.ts";
import { createHelpRepository } from "./help.repository.ts";
import { helpRoutes } from "./help.routes.ts";
import { createHelpService } from "./help.service.ts";

/** The help center's articles, their search, and the "What happened?" assistant that routes a problem. */
export function helpModule(ctx: ModuleContext): RedressModule<Record<string, never>> {
  const deps = { db: ctx.db, transact: ctx.transact, clock: ctx.clock, help: createHelpRepository() };
  // Trained here, at start, from the examples in the repository: nothing is fetched at run time.
  const classifier = trainClassifier(labelledExamples());
  return {
    name: "help",
    ports: {},
    routes: [helpRoutes(createHelpService(deps, classifier), createHelpAdminService(deps))],
  };
}
