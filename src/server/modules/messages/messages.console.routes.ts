import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, pageOf } from "../../../contracts/common.ts";
import {
  BlockDomain,
  BlockedDomain,
  BlockedDomainsQuery,
  CaseThread,
  MessagesQuery,
  UnblockDomain,
} from "../../../contracts/messages.ts";
import { sendStoredFile } from "../../platform/http/send-stored-file.ts";
import type { MessagesConsole } from "./messages.console.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ["console"];
const CaseParams = z.object({ id: z.string().min(1).max(100) });
const DomainParams = z.object({ domain: z.string().min(1).max(253) });

export function messagesConsoleRoutes(staffWork: MessagesConsole): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/console/blocked-domains",
      {
        schema: {
          tags,
          summary: "The domains whose links messages show disabled (Fraud & Security), in order",
          querystring: BlockedDomainsQuery,
          response: { 200: pageOf(BlockedDomain), ...errors },
        },
      },
      (request) => staffWork.list(request.actor, request.query),
    );
    app.post(
      "/api/v1/console/blocked-domains",
      {
        schema: {
          tags,
          summary: "Block a domain's links in messages, with its subdomains, saying why",
          body: BlockDomain,
          response: { 201: BlockedDomain, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await staffWork.block(request.actor, request.body)),
    );
    app.post(
      "/api/v1/console/blocked-domains/:domain/remove",
      {
        schema: {
          tags,
          summary: "Take a domain off the block list, saying why (the history keeps both)",
          params: DomainParams,
          body: UnblockDomain,
          response: { 200: z.object({ domain: z.string(), removedAt: z.string() }), ...errors },
        },
      },
      (request) => staffWork.unblock(request.actor, request.params.domain, request.body),
    );
    app.get(
      "/api/v1/console/cases/:id/thread",
      {
        schema: {
          tags,
          summary: "The conversation of the message a case is about, newest first (staff of its department)",
          params: CaseParams,
          querystring: MessagesQuery,
          response: { 200: CaseThread, ...errors },
        },
      },
      (request) => staffWork.caseThread(request.actor, request.params.id, request.query),
    );
    app.get(
      "/api/v1/console/cases/:id/thread/attachments/:fileId",
      {
        schema: {
          tags,
          summary: "A file of the reported conversation, through its case (always a download)",
          params: CaseParams.extend({ fileId: z.string().min(1).max(100) }),
          response: { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await staffWork.caseAttachment(request.actor, request.params.id, request.params.fileId),
        ),
    );
  };
}
