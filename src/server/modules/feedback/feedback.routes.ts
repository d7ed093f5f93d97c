import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import {
  EditFeedback,
  Feedback,
  ListingRating,
  OrderFeedback,
  RateOrder,
  SellerReply,
  StoreFeedbackItem,
  StoreRating,
} from "../../../contracts/feedback.ts";
import type { FeedbackService } from "./feedback.service.ts";

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Params = z.object({ id: z.string().min(1).max(100) });
const tags = ["feedback"];

export function feedbackRoutes(feedback: FeedbackService): FastifyPluginAsyncZod {
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
          params: Params,
          body: RateOrder,
          response: { 201: OrderFeedback, ...errors },
        },
      },
      async (request, reply) => {
        reply.code(201);
        return feedback.rate(request.actor, request.params.id, request.body);
      },
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
