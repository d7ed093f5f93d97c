import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import { type MailRewrite, mailHandler } from "./mail.handler.ts";
import { devMailboxRoutes } from "./notifications.routes.ts";

/** Sends the mail the other modules queue; in development it also serves the mailbox. */
export function notificationsModule(
  ctx: ModuleContext,
  ports: { rewrites: MailRewrite[] },
): RedressModule<Record<string, never>> {
  const withMailbox = ctx.config.devMailbox && ctx.mailer.kind === "dev-mailbox";
  return {
    name: "notifications",
    ports: {},
    topics: { "mail.send": mailHandler(ctx.mailer, ports.rewrites) },
    routes: withMailbox ? [devMailboxRoutes(ctx.config.dataDir)] : [],
  };
}
