import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, pageOf } from "../../../contracts/common.ts";
import {
  FindThreadQuery,
  MAX_MESSAGE_FILES,
  Message,
  MessagesQuery,
  ReportPhishing,
  Responsiveness,
  SendMessage,
  StartThread,
  ThreadLookup,
  ThreadSummary,
  ThreadsQuery,
  UnreadCounts,
} from "../../../contracts/messages.ts";
import { ReportCreated } from "../../../contracts/reports.ts";
import { parseInput } from "../../platform/http/error-handler.ts";
import { sendStoredFile } from "../../platform/http/send-stored-file.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { type FormShape, withUploadedForm } from "../../platform/storage/form-intake.ts";
import { cleanFileName, judgeEvidence } from "../attachments/evidence.policy.ts";
import type { ThreadsService } from "./messages.threads.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const fileErrors = { 413: ErrorBody, 415: ErrorBody };
const Params = z.object({ id: z.string().min(1).max(100) });
const tags = ["messages"];
/** Per network address: far above what people type, well below what a spammer sends. */
const SENDING_LIMIT = { rateLimit: { max: 120, timeWindow: "10 minutes" } };

/** A message with its files: the text as JSON in the `message` part, files under `evidence`. */
export const MESSAGE_FORM: FormShape = {
  jsonPart: "message",
  files: { evidence: { maxFiles: MAX_MESSAGE_FILES, judge: judgeEvidence } },
  cleanFileName,
};

const FORM_HELP =
  "JSON, or a multipart form with that JSON in the `message` part and up to 5 files under `evidence` (PDF, DOC, DOCX, GIF, JPEG, PNG, WEBP; 5 MB each, checked by content).";

interface Services {
  threads: ThreadsService;
  reportPhishing: (
    actor: Parameters<ThreadsService["thread"]>[0],
    id: string,
    input: ReportPhishing,
  ) => Promise<ReportCreated>;
  responsiveness: (storeId: string) => Promise<Responsiveness>;
}

export function messagesRoutes(services: Services, evidence: EvidenceStore): FastifyPluginAsyncZod {
  const { threads } = services;
  return async (app) => {
    app.get(
      "/api/v1/me/threads",
      {
        schema: {
          tags,
          summary:
            "My conversations as a buyer (role=buyer), or my stores' (role=seller), newest activity first",
          querystring: ThreadsQuery,
          response: { 200: pageOf(ThreadSummary), ...errors },
        },
      },
      (request) => threads.list(request.actor, request.query),
    );
    app.get(
      "/api/v1/me/threads/unread",
      {
        schema: {
          tags,
          summary: "How many messages wait unread for me, as a buyer and in my stores' conversations",
          response: { 200: UnreadCounts, ...errors },
        },
      },
      (request) => threads.unread(request.actor),
    );
    app.get(
      "/api/v1/me/threads/lookup",
      {
        schema: {
          tags,
          summary:
            "Before writing to a store: the store, and my conversation with it (or about the order) if any",
          querystring: FindThreadQuery,
          response: { 200: ThreadLookup, ...errors },
        },
      },
      (request) => threads.lookup(request.actor, request.query),
    );
    app.post(
      "/api/v1/threads",
      {
        config: SENDING_LIMIT,
        schema: {
          tags,
          summary:
            "Write to a store: into my general conversation with it, or the one about my order (opened if new)",
          description: FORM_HELP,
          response: { 201: z.object({ thread: ThreadSummary, message: Message }), ...fileErrors, ...errors },
        },
      },
      async (request, reply) => {
        const started = await withUploadedForm(request, evidence, MESSAGE_FORM, (form) =>
          threads.start(request.actor, parseInput(StartThread, form.body), form.files),
        );
        return reply.code(201).send(started);
      },
    );
    app.get(
      "/api/v1/threads/:id",
      {
        schema: {
          tags,
          summary: "One of my conversations: the store, the buyer, the order, my unread count",
          params: Params,
          response: { 200: ThreadSummary, ...errors },
        },
      },
      (request) => threads.thread(request.actor, request.params.id),
    );
    app.get(
      "/api/v1/threads/:id/messages",
      {
        schema: {
          tags,
          summary:
            "A page of a conversation's messages, newest first, links marked and risky requests explained",
          params: Params,
          querystring: MessagesQuery,
          response: { 200: pageOf(Message), ...errors },
        },
      },
      (request) => threads.messages(request.actor, request.params.id, request.query),
    );
    app.post(
      "/api/v1/threads/:id/messages",
      {
        config: SENDING_LIMIT,
        schema: {
          tags,
          summary: "Write in one of my conversations (messages are never edited or deleted)",
          description: FORM_HELP,
          params: Params,
          response: { 201: Message, ...fileErrors, ...errors },
        },
      },
      async (request, reply) => {
        const sent = await withUploadedForm(request, evidence, MESSAGE_FORM, (form) =>
          threads.send(request.actor, request.params.id, parseInput(SendMessage, form.body), form.files),
        );
        return reply.code(201).send(sent);
      },
    );
    app.post(
      "/api/v1/threads/:id/read",
      {
        schema: {
          tags,
          summary: "I have read the conversation: its unread count goes to 0",
          params: Params,
          response: { 200: ThreadSummary, ...errors },
        },
      },
      (request) => threads.markRead(request.actor, request.params.id),
    );
    app.get(
      "/api/v1/threads/:id/attachments/:fileId",
      {
        schema: {
          tags,
          summary: "A file sent in one of my conversations (always a download)",
          params: Params.extend({ fileId: z.string().min(1).max(100) }),
          response: { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
        },
      },
      async (request, reply) =>
        sendStoredFile(
          reply,
          await threads.attachment(request.actor, request.params.id, request.params.fileId),
        ),
    );
    app.post(
      "/api/v1/messages/:id/report-phishing",
      {
        schema: {
          tags,
          summary:
            "Report a message a store sent me as phishing, in one step; the message is kept with the report",
          params: Params,
          body: ReportPhishing,
          response: { 201: ReportCreated, 422: ErrorBody, 429: ErrorBody, ...errors },
        },
      },
      async (request, reply) => {
        const created = await services.reportPhishing(request.actor, request.params.id, request.body);
        return reply.code(201).send(created);
      },
    );
    app.get(
      "/api/v1/stores/:id/responsiveness",
      {
        schema: {
          tags,
          summary: "How fast a store answers buyers: the median time to its first reply, over 30 days",
          params: Params,
          response: { 200: Responsiveness, 404: ErrorBody },
        },
      },
      (request) => services.responsiveness(request.params.id),
    );
  };
}
