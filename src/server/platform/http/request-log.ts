import type { FastifyRequest } from "fastify";

const SECRET_QUERY = /([?&](?:token|code|key)=)[^&#]*/gi;
// better-auth's reset link carries its token in the path: /api/auth/reset-password/<token>
const SECRET_PATH = /(\/api\/auth\/reset-password\/)[^/?#]+/i;

/** A URL fit for the logs: guest tracking tokens and reset tokens are credentials, not data. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PATH, "$1[redacted]").replace(SECRET_QUERY, "$1[redacted]");
}

/**
 * The request as Fastify logs it, without secrets. Headers are left out on purpose (cookies,
 * X-Report-Token); the redact list guards them should a log line ever carry them.
 */
export const requestLogOptions = {
  serializers: {
    req(request: FastifyRequest) {
      return {
        method: request.method,
        url: redactUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      };
    },
    // The request's method and path beside its status, so that one line says what happened.
    res(reply: { statusCode: number; request?: FastifyRequest }) {
      return {
        statusCode: reply.statusCode,
        method: reply.request?.method,
        url: reply.request ? redactUrl(reply.request.url) : undefined,
      };
    },
  },
  redact: {
    paths: [
      "req.headers.cookie",
      "req.headers.authorization",
      'req.headers["x-report-token"]',
      'res.headers["set-cookie"]',
    ],
    censor: "[redacted]",
  },
};
