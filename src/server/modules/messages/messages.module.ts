import { MAX_MESSAGE_FILES, SendMessage, StartThread } from "../../../contracts/messages.ts";
import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import { createFileKeeper } from "../../platform/storage/file-keeper.ts";
import type { CasesPorts } from "../cases/cases.module.ts";
import type { CatalogPorts } from "../catalog/catalog.module.ts";
import type { ReportsPorts } from "../reports/reports.module.ts";
import type { StaffPorts } from "../staff/staff.module.ts";
import { createBlocklistRepository } from "./messages.blocklist.repository.ts";
import { messagesConsoleRoutes } from "./messages.console.routes.ts";
import { createMessagesConsole } from "./messages.console.ts";
import { createMessageTargets } from "./messages.phishing.ts";
import { MESSAGE_WAITING, remindOfWaitingMessage } from "./messages.reminders.ts";
import { createMessagesRepository } from "./messages.repository.ts";
import { createResponsiveness } from "./messages.responsiveness.ts";
import { messagesRoutes } from "./messages.routes.ts";
import { createThreadsService } from "./messages.threads.ts";
import { createMessageViews } from "./messages.views.ts";

type Needs = Pick<CatalogPorts, "orders"> &
  StaffPorts &
  Pick<ReportsPorts, "reportTargets" | "fileReport"> &
  Pick<CasesPorts, "caseRecords">;

/** The marketplace's own hosts (the app's, and the catalog's link patterns'): links to them stay on it. */
function marketplaceHostsOf(ctx: ModuleContext): Set<string> {
  const urls = [
    ctx.config.publicUrl,
    ...ctx.config.catalogUrlPatterns.map((p) => p.replace(/\{\w+\}/g, "x")),
  ];
  return new Set(urls.map((url) => new URL(url).host.toLowerCase()));
}

/** Buyer–seller messages: threads per store and order, files, warnings, the block list, phishing reports. */
export function messagesModule(ctx: ModuleContext, ports: Needs): RedressModule<Record<string, never>> {
  const { db, transact, clock, evidence, config } = ctx;
  const messages = createMessagesRepository();
  const views = createMessageViews({ messages, marketplaceHosts: marketplaceHostsOf(ctx) });
  const threads = createThreadsService({
    db,
    clock,
    messages,
    views,
    orders: ports.orders,
    evidence,
    keepWith: createFileKeeper({ db, transact, evidence }),
  });
  const targets = createMessageTargets({
    db,
    clock,
    messages,
    publicUrl: config.publicUrl,
    lockRows: ctx.database.dialect === "postgres",
    fileReport: ports.fileReport,
  });
  ports.reportTargets.provide(targets.provider);
  const staffWork = createMessagesConsole({
    db,
    transact,
    clock,
    messages,
    blocklist: createBlocklistRepository(),
    views,
    evidence,
    staff: ports.staff,
    cases: ports.caseRecords,
  });
  return {
    name: "messages",
    ports: {},
    routes: [
      messagesRoutes(
        {
          threads,
          reportPhishing: targets.reportPhishing,
          responsiveness: createResponsiveness({ db, clock, messages }),
        },
        evidence,
      ),
      messagesConsoleRoutes(staffWork),
    ],
    forms: [
      {
        path: "/api/v1/threads",
        schema: StartThread,
        jsonPart: "message",
        filesField: "evidence",
        maxFiles: MAX_MESSAGE_FILES,
      },
      {
        path: "/api/v1/threads/{id}/messages",
        schema: SendMessage,
        jsonPart: "message",
        filesField: "evidence",
        maxFiles: MAX_MESSAGE_FILES,
      },
    ],
    topics: {
      [MESSAGE_WAITING]: remindOfWaitingMessage({ db, clock, messages, publicUrl: config.publicUrl }),
    },
  };
}
