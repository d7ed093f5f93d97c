import { createAttemptCounter } from "../../platform/http/attempt-counter.ts";
import type { ModuleContext, RedressModule } from "../../platform/modules/module.ts";
import { authRoutes } from "./auth.routes.ts";
import { createDuplicateSignUp } from "./auth.sign-up.ts";
import { type Auth, createAuth } from "./auth.ts";

export interface AccountsPorts {
  auth: Auth;
}

/** Accounts and sessions (better-auth): sign-up, sign-in, verification and reset, with attempt limits. */
export function accountsModule(ctx: ModuleContext): RedressModule<AccountsPorts> {
  const { config, database, clock } = ctx;
  const auth = createAuth({
    db: database.db,
    dialect: database.dialect,
    clock,
    secret: config.authSecret,
    publicUrl: config.publicUrl,
  });
  const routes = authRoutes({
    auth,
    limits: {
      counter: createAttemptCounter(ctx.write, clock),
      perAccount: config.authAttemptsPerAccount,
      perAddress: config.authAttemptsPerAddress,
      windowMinutes: config.authWindowMinutes,
    },
    answerIfExisting: createDuplicateSignUp({
      auth,
      db: database.db,
      clock,
      secret: config.authSecret,
      publicUrl: config.publicUrl,
    }),
  });
  return { name: "accounts", ports: { auth }, routes: [routes] };
}
