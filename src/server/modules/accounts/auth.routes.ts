import { fromNodeHeaders } from "better-auth/node";
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import { refuseNul } from "../../platform/http/nul-guard.ts";
import { type AuthLimits, installAuthLimits } from "./auth.limits.ts";
import type { DuplicateAnswer } from "./auth.sign-up.ts";
import type { Auth } from "./auth.ts";

export interface AuthRouteDeps {
  auth: Auth;
  limits: AuthLimits;
  answerIfExisting: (body: unknown) => Promise<DuplicateAnswer | null>;
}

/** Hands the bytes through untouched, after refusing NUL characters in a JSON body (as every route does). */
function rawBody(contentType: string | undefined, body: Buffer): Buffer {
  if (contentType?.includes("json") && body.includes("\\u0000")) {
    try {
      refuseNul(JSON.parse(body.toString("utf8")));
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  return body;
}

async function relay(reply: FastifyReply, response: Response) {
  reply.status(response.status);
  response.headers.forEach((value, key) => {
    if (key !== "set-cookie") reply.header(key, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header("set-cookie", cookies);
  return reply.send(response.body ? Buffer.from(await response.arrayBuffer()) : null);
}

/**
 * Mounts better-auth's handler at /api/auth/*. It reads the raw body itself, so this plugin replaces
 * Fastify's body parsers with one that hands the bytes through untouched. Attempts are limited before
 * better-auth sees them; a sign-up for an existing address is answered here.
 */
export function authRoutes({ auth, limits, answerIfExisting }: AuthRouteDeps): FastifyPluginAsync {
  return async (app) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: 64 * 1024 }, (req, body, done) => {
      try {
        done(null, rawBody(req.headers["content-type"], body as Buffer));
      } catch (error) {
        done(error as Error);
      }
    });
    installAuthLimits(app, limits);
    app.route({
      method: ["GET", "POST"],
      url: "/api/auth/*",
      schema: { hide: true },
      async handler(request, reply) {
        if (request.method === "POST" && request.url.split("?")[0] === "/api/auth/sign-up/email") {
          const duplicate = await answerIfExisting(request.body);
          if (duplicate) {
            return reply
              .status(duplicate.status)
              .header("content-type", "application/json")
              .header("set-cookie", [duplicate.setCookie])
              .send(JSON.stringify(duplicate.body));
          }
        }
        const url = new URL(request.url, `http://${request.headers.host ?? "localhost"}`);
        const body = request.body as Buffer | undefined;
        const response = await auth.handler(
          new Request(url, {
            method: request.method,
            headers: fromNodeHeaders(request.headers),
            body: body && body.length > 0 ? new Uint8Array(body) : undefined,
          }),
        );
        return relay(reply, response);
      },
    });
  };
}
