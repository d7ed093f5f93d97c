import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { FileAppeal } from "../../../contracts/appeals.ts";
import { ErrorBody } from "../../../contracts/common.ts";
import {
  DecideSuspensionAppeal,
  DesignateFlagger,
  MyAccuracy,
  SuspensionAppeal,
  TrustedFlagger,
  TrustedFlaggerChange,
} from "../../../contracts/reporters.ts";
import type { TrustedFlaggers } from "./reporters.flaggers.ts";
import type { ReportersService } from "./reporters.service.ts";
import type { SuspensionAppeals } from "./suspension-appeals.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Flaggers = z.object({ items: z.array(TrustedFlagger) });

export function reportersRoutes(
  reporters: ReportersService,
  suspensions: SuspensionAppeals,
  flaggers: TrustedFlaggers,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/api/v1/me/suspension/appeal",
      {
        schema: {
          tags: ["appeals"],
          summary: "Appeal the suspension of my reports (once per suspension)",
          body: FileAppeal,
          response: {
            201: z.object({ status: z.literal("pending"), at: z.string(), reason: z.null() }),
            ...errors,
          },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await suspensions.file(request.actor, request.body.statement)),
    );
    app.get(
      "/api/v1/console/suspension-appeals",
      {
        schema: {
          tags: ["appeals"],
          summary: "Suspended reporters' appeals (senior moderators and admins)",
          response: { 200: z.object({ items: z.array(SuspensionAppeal) }), ...errors },
        },
      },
      async (request) => ({ items: await suspensions.pending(request.actor) }),
    );
    app.post(
      "/api/v1/console/suspension-appeals/:reporterKey/decision",
      {
        schema: {
          tags: ["appeals"],
          summary: "Lift or keep a reporter's suspension",
          params: z.object({ reporterKey: z.string().min(1).max(300) }),
          body: DecideSuspensionAppeal,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await suspensions.decide(request.actor, request.params.reporterKey, request.body);
        return reply.code(204).send(null);
      },
    );
    app.get(
      "/api/v1/me/accuracy",
      {
        schema: {
          tags: ["reports"],
          summary: "My record as a reporter over the last 3 months, and my standing",
          response: { 200: MyAccuracy, 401: ErrorBody },
        },
      },
      (request) => reporters.myAccuracy(request.actor),
    );
    app.post(
      "/api/v1/console/reports/:id/unfounded",
      {
        schema: {
          tags: ["console"],
          summary: "Mark a report manifestly unfounded (repeated: warning, then suspension, DSA Art. 23)",
          params: z.object({ id: z.string().min(1).max(100) }),
          response: { 200: z.object({ step: z.enum(["none", "warn", "suspend"]) }), ...errors },
        },
      },
      (request) => reporters.markUnfounded(request.actor, request.params.id),
    );
    app.get(
      "/api/v1/admin/trusted-flaggers",
      {
        schema: {
          tags: ["admin"],
          summary: "Trusted flaggers (DSA Art. 22)",
          response: { 200: Flaggers, ...errors },
        },
      },
      async (request) => ({ items: await flaggers.list(request.actor) }),
    );
    app.put(
      "/api/v1/admin/trusted-flaggers",
      {
        schema: {
          tags: ["admin"],
          summary: "Designate an organisation's account as trusted flagger",
          body: DesignateFlagger,
          response: { 200: Flaggers, ...errors },
        },
      },
      async (request) => ({ items: await flaggers.designate(request.actor, request.body) }),
    );
    app.delete(
      "/api/v1/admin/trusted-flaggers/:userId",
      {
        schema: {
          tags: ["admin"],
          summary: "Revoke a trusted flagger",
          params: z.object({ userId: z.string().min(1).max(100) }),
          response: { 200: Flaggers, ...errors },
        },
      },
      async (request) => ({ items: await flaggers.revoke(request.actor, request.params.userId) }),
    );
    app.get(
      "/api/v1/admin/trusted-flaggers/:userId/history",
      {
        schema: {
          tags: ["admin"],
          summary: "One account's designations as trusted flagger, changes and revocations, oldest first",
          params: z.object({ userId: z.string().min(1).max(100) }),
          response: { 200: z.object({ items: z.array(TrustedFlaggerChange) }), ...errors },
        },
      },
      async (request) => ({ items: await flaggers.history(request.actor, request.params.userId) }),
    );
  };
}
