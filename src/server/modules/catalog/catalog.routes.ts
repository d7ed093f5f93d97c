import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  Listing,
  ListingQuery,
  ResolvedEntry,
  ResolveQuery,
  Store,
  StoreView,
} from "../../../contracts/catalog.ts";
import { ErrorBody, PageQuery, pageOf } from "../../../contracts/common.ts";
import type { CatalogService } from "./catalog.service.ts";

const IdParams = z.object({ id: z.string().min(1).max(100) });

export function catalogRoutes(catalog: CatalogService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/api/v1/catalog/listings",
      {
        schema: {
          tags: ["catalog"],
          summary: "Listings of the marketplace mirror",
          querystring: ListingQuery,
          response: { 200: pageOf(Listing), 400: ErrorBody },
        },
      },
      (request) => catalog.listListings(request.query),
    );
    app.get(
      "/api/v1/catalog/listings/:id",
      {
        schema: {
          tags: ["catalog"],
          summary: "One listing",
          params: IdParams,
          response: { 200: Listing, 404: ErrorBody },
        },
      },
      (request) => catalog.getListing(request.params.id),
    );
    app.get(
      "/api/v1/catalog/resolve",
      {
        schema: {
          tags: ["catalog"],
          summary: "What a link of the marketplace leads to: the listing or the store, as the shop shows it",
          querystring: ResolveQuery,
          response: { 200: ResolvedEntry, 400: ErrorBody, 404: ErrorBody },
        },
      },
      (request) => catalog.resolveUrl(request.query.url),
    );
    app.get(
      "/api/v1/catalog/stores",
      {
        schema: {
          tags: ["catalog"],
          summary: "Stores of the marketplace mirror",
          querystring: PageQuery,
          response: { 200: pageOf(Store), 400: ErrorBody },
        },
      },
      (request) => catalog.listStores(request.query),
    );
    app.get(
      "/api/v1/catalog/stores/:id",
      {
        schema: {
          tags: ["catalog"],
          summary: "One store, and whether the one asking is its seller",
          params: IdParams,
          response: { 200: StoreView, 404: ErrorBody },
        },
      },
      (request) => catalog.storePage(request.actor, request.params.id),
    );
  };
}
