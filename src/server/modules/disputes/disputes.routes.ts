import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import {
  AppealRuling,
  Dispute,
  DisputeSummary,
  MyDisputesQuery,
  OpenDispute,
  Order,
  PostMessage,
  Proposal,
  ProvideEvidence,
  ReturnShipment,
} from "../../../contracts/disputes.ts";
import { parseInput } from "../../platform/http/error-handler.ts";
import { sendStoredFile } from "../../platform/http/send-stored-file.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { withUploadedForm } from "../../platform/storage/form-intake.ts";
import { disputeForm } from "./dispute-evidence.ts";
import type { DisputesService } from "./disputes.service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Params = z.object({ id: z.string().min(1).max(100) });
const tags = ["disputes"];
const IdempotencyHeaders = z.object({ "idempotency-key": z.string().min(1).max(200).optional() });

/** A step of one side on a dispute, answered with the dispute page as that side sees it. */
const STEPS = [
  ["accept", "Accept the other side's latest proposal", "accept"],
  ["escalate", "Hand the dispute to the platform (after 3 days of negotiation)", "escalate"],
  ["withdraw", "Withdraw the dispute (the buyer; it may be reopened once)", "withdraw"],
  ["reopen", "Reopen a withdrawn dispute, once, while buyer protection lasts", "reopen"],
  ["return-received", "The seller confirms the return arrived; the refund is announced", "confirmReturn"],
] as const;

export function disputesRoutes(disputes: DisputesService, evidence: EvidenceStore): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/me/orders",
      {
        schema: {
          tags,
          summary: "My orders, newest first, with whether a dispute may be opened on each",
          querystring: PageQuery,
          response: { 200: pageOf(Order), ...errors },
        },
      },
      (request) => disputes.myOrders(request.actor, request.query),
    );
    app.get(
      "/api/v1/me/orders/:id",
      {
        schema: {
          tags,
          summary:
            "One of my orders: its items, shipping facts, disputes, and what may be disputed and why not",
          params: Params,
          response: { 200: Order, ...errors },
        },
      },
      (request) => disputes.order(request.actor, request.params.id),
    );
    app.post(
      "/api/v1/disputes",
      {
        schema: {
          tags,
          summary: "Open a dispute on one of my orders, inside buyer protection",
          description:
            "JSON, or a multipart form with the dispute as JSON in the `dispute` part and up to 10 files under `evidence` (photos, PDFs, Word documents up to 5 MB; MP4 or WebM videos up to 50 MB), checked by content. An `Idempotency-Key` header makes a retry return the first answer.",
          headers: IdempotencyHeaders,
          response: { 201: Dispute, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody, ...errors },
        },
      },
      async (request, reply) => {
        const opened = await withUploadedForm(request, evidence, disputeForm("dispute"), (form) =>
          disputes.open(
            request.actor,
            parseInput(OpenDispute, form.body),
            form.files,
            request.headers["idempotency-key"],
          ),
        );
        return reply.code(201).send(opened);
      },
    );
    app.post(
      "/api/v1/disputes/:id/evidence",
      {
        schema: {
          tags,
          summary: "Send evidence: the answer to the platform's request, or added to the timeline",
          description:
            "JSON `{ message }`, or a multipart form with that JSON in the `message` part and up to 10 files under `evidence`, as for opening a dispute.",
          params: Params,
          response: { 200: Dispute, 413: ErrorBody, 415: ErrorBody, ...errors },
        },
      },
      (request) =>
        withUploadedForm(request, evidence, disputeForm("message"), (form) =>
          disputes.addEvidence(
            request.actor,
            request.params.id,
            parseInput(ProvideEvidence, form.body).message,
            form.files,
          ),
        ),
    );
    app.get(
      "/api/v1/disputes/:id/files/:fileId",
      {
        schema: {
          tags,
          summary: "A file of my dispute (always a download)",
          params: Params.extend({ fileId: z.string().min(1).max(100) }),
          response: { 401: ErrorBody, 404: ErrorBody },
        },
      },
      async (request, reply) =>
        sendStoredFile(reply, await disputes.file(request.actor, request.params.id, request.params.fileId)),
    );
    app.get(
      "/api/v1/me/disputes",
      {
        schema: {
          tags,
          summary: "My disputes as a buyer, or those on my store as a seller",
          querystring: MyDisputesQuery,
          response: { 200: pageOf(DisputeSummary), ...errors },
        },
      },
      (request) => disputes.mine(request.actor, request.query),
    );
    app.get(
      "/api/v1/disputes/:id",
      {
        schema: {
          tags,
          summary: "A dispute: both sides' proposals, who acts next and by when, and its timeline",
          params: Params,
          response: { 200: Dispute, ...errors },
        },
      },
      (request) => disputes.get(request.actor, request.params.id),
    );
    app.post(
      "/api/v1/disputes/:id/proposals",
      {
        schema: {
          tags,
          summary: "Make a proposal (the side whose turn it is); the other side's 5 days start again",
          params: Params,
          body: Proposal,
          response: { 200: Dispute, ...errors },
        },
      },
      (request) => disputes.propose(request.actor, request.params.id, request.body),
    );
    app.post(
      "/api/v1/disputes/:id/messages",
      {
        schema: {
          tags,
          summary: "Write to the other side, on the dispute's timeline",
          params: Params,
          body: PostMessage,
          response: { 200: Dispute, ...errors },
        },
      },
      (request) => disputes.message(request.actor, request.params.id, request.body.text),
    );
    app.post(
      "/api/v1/disputes/:id/return-shipment",
      {
        schema: {
          tags,
          summary: "The buyer's return shipment: carrier and tracking number (within 10 days)",
          params: Params,
          body: ReturnShipment,
          response: { 200: Dispute, ...errors },
        },
      },
      (request) => disputes.shipReturn(request.actor, request.params.id, request.body),
    );
    app.post(
      "/api/v1/disputes/:id/appeal",
      {
        schema: {
          tags,
          summary: "Appeal the platform's ruling, once, within 7 days; a different mediator decides",
          params: Params,
          body: AppealRuling,
          response: { 200: Dispute, ...errors },
        },
      },
      (request) => disputes.appeal(request.actor, request.params.id, request.body.reason),
    );
    for (const [path, summary, step] of STEPS) {
      app.post(
        `/api/v1/disputes/:id/${path}`,
        { schema: { tags, summary, params: Params, response: { 200: Dispute, ...errors } } },
        (request) => disputes[step](request.actor, request.params.id),
      );
    }
  };
}
