import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import {
  BuyerFeedback,
  EditFeedback,
  Feedback,
  ListingRating,
  OrderFeedback,
  OrderToRate,
  RateBuyer,
  RateOrder,
  ReportFeedbackAbuse,
  SellerReply,
  StoreFeedbackItem,
  StoreRating,
} from "../../../contracts/feedback.ts";
import { ReportCreated } from "../../../contracts/reports.ts";
import { parseInput } from "../../platform/http/error-handler.ts";
import { sendStoredFile } from "../../platform/http/send-stored-file.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { withUploadedForm } from "../../platform/storage/form-intake.ts";
import type { createFeedbackTargets } from "./feedback.abuse.ts";
import { ratingForm } from "./feedback.photos.ts";
import type { SellerFeedback } from "./feedback.sellers.ts";
import type { FeedbackService } from "./feedback.service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Params = z.object({ id: z.string().min(1).max(100) });
const tags = ["feedback"];

export function feedbackRoutes(
  feedback: FeedbackService,
  sellers: SellerFeedback,
  abuse: Pick<ReturnType<typeof createFeedbackTargets>, "reportAbuse">,
  evidence: EvidenceStore,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/me/orders/:id/feedback",
      {
        schema: {
          tags,
          summary: "My ratings of one of my orders, and whether (and until when) I may rate or edit them",
          params: Params,
          response: { 200: OrderFeedback, ...errors },
        },
      },
      (request) => feedback.order(request.actor, request.params.id),
    );
    app.post(
      "/api/v1/me/orders/:id/feedback",
      {
        schema: {
          tags,
          summary: "Rate a delivered order, within 30 days: each item (1–5 stars, text) and the store",
          description:
            "JSON (the RateOrder body), or a multipart form with that JSON in the `rating` part and up to 5 photos (GIF, JPEG, PNG, WEBP up to 5 MB, checked by content) under `photos`.",
          params: Params,
          response: { 201: OrderFeedback, 413: ErrorBody, 415: ErrorBody, ...errors },
        },
      },
      async (request, reply) => {
        const rated = await withUploadedForm(request, evidence, ratingForm, (form) =>
          feedback.rate(request.actor, request.params.id, parseInput(RateOrder, form.body), form.files),
        );
        return reply.code(201).send(rated);
      },
    );
    app.get(
      "/api/v1/feedback/photos/:id",
      {
        schema: {
          tags,
          summary: "A photo sent with a rating (an image; never active content)",
          params: Params,
          response: { 404: ErrorBody },
        },
      },
      async (request, reply) =>
        sendStoredFile(reply, await feedback.photo(request.actor, request.params.id), true),
    );
    app.patch(
      "/api/v1/feedback/:id",
      {
        schema: {
          tags,
          summary: "Edit one of my item ratings, once, within the 30 days",
          params: Params,
          body: EditFeedback,
          response: { 200: Feedback, ...errors },
        },
      },
      (request) => feedback.edit(request.actor, request.params.id, request.body),
    );
    app.post(
      "/api/v1/feedback/:id/reply",
      {
        schema: {
          tags,
          summary: "The store's seller replies to a rating, once, publicly",
          params: Params,
          body: SellerReply,
          response: { 200: Feedback, ...errors },
        },
      },
      (request) => feedback.reply(request.actor, request.params.id, request.body),
    );
    app.post(
      "/api/v1/feedback/:id/abuse-reports",
      {
        schema: {
          tags,
          summary:
            "Report a shown rating as abusive (unrelated, insulting, personal data, a competitor's, extortion): once per person, within 30 days of it being shown; the rating is kept with the report",
          params: Params,
          body: ReportFeedbackAbuse,
          response: { 201: ReportCreated, 422: ErrorBody, 429: ErrorBody, ...errors },
        },
      },
      async (request, reply) => {
        const created = await abuse.reportAbuse(request.actor, request.params.id, request.body);
        return reply.code(201).send(created);
      },
    );
    app.get(
      "/api/v1/stores/:id/orders-to-rate",
      {
        schema: {
          tags,
          summary: "My store's delivered orders that wait for my feedback on their buyers (the seller only)",
          params: Params,
          querystring: PageQuery,
          response: { 200: pageOf(OrderToRate), ...errors },
        },
      },
      (request) => sellers.ordersToRate(request.actor, request.params.id, request.query),
    );
    app.post(
      "/api/v1/orders/:id/buyer-feedback",
      {
        schema: {
          tags,
          summary: "The seller's feedback on an order's buyer, once, within 30 days of delivery",
          description:
            "Double-blind: the buyer sees it once it has rated the order, or when the 30 days close; the buyer's ratings are shown to the seller and everyone at the same moment.",
          params: Params,
          body: RateBuyer,
          response: { 201: BuyerFeedback, ...errors },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await sellers.rateBuyer(request.actor, request.params.id, request.body)),
    );
    app.get(
      "/api/v1/stores/:id/rating",
      {
        schema: {
          tags,
          summary: "A store's rating over 6 months: positive share, star histogram, detailed averages",
          params: Params,
          response: { 200: StoreRating, 404: ErrorBody },
        },
      },
      (request) => feedback.storeRating(request.params.id),
    );
    app.get(
      "/api/v1/stores/:id/feedback",
      {
        schema: {
          tags,
          summary: "A store's item ratings, newest first, with the seller's replies",
          params: Params,
          querystring: PageQuery,
          response: { 200: pageOf(StoreFeedbackItem), 404: ErrorBody },
        },
      },
      (request) => feedback.storeFeedback(request.actor, request.params.id, request.query),
    );
    app.get(
      "/api/v1/listings/:id/rating",
      {
        schema: {
          tags,
          summary: "A listing's average rating, count and histogram",
          params: Params,
          response: { 200: ListingRating, 404: ErrorBody },
        },
      },
      (request) => feedback.listingRating(request.params.id),
    );
  };
}
