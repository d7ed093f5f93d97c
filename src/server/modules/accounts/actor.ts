import { fromNodeHeaders } from "better-auth/node";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Auth, Role } from "./auth.ts";
import { STAFF_ROLES } from "./auth.ts";

/** Who is asking: a signed-in user, or null for a guest. Services take this, never the request. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  emailVerified: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export function isStaff(actor: Actor | null): boolean {
  return !!actor && (STAFF_ROLES as readonly string[]).includes(actor.role);
}

/** Resolves the session cookie (if any) into `request.actor` before every API route. */
export function installActorResolution(app: FastifyInstance, auth: Auth): void {
  app.decorateRequest("actor", null);
  app.addHook("preHandler", async (request: FastifyRequest) => {
    if (!request.url.startsWith("/api/v1/") || !request.headers.cookie) return;
    const session = await auth.api.getSession({ headers: fromNodeHeaders(request.headers) });
    if (!session) return;
    const user = session.user as typeof session.user & { role?: string };
    request.actor = {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: (user.role ?? "member") as Role,
      emailVerified: !!user.emailVerified,
    };
  });
}
