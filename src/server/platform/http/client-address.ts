import type { FastifyRequest } from "fastify";

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * Whether the request comes from a browser or script on this machine, judged by the socket itself: a
 * forwarded header is anyone's to write, so it never makes a request local. A request that arrives
 * through a proxy on this machine (loopback socket, but forwarded) is not local either, since the proxy
 * may be passing on anyone's request.
 */
export function fromLoopback(request: FastifyRequest): boolean {
  const forwarded =
    request.headers["x-forwarded-for"] !== undefined || request.headers.forwarded !== undefined;
  return !forwarded && LOOPBACK.test(request.socket.remoteAddress ?? "");
}
