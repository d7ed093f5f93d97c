import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../contracts/common.ts";
import { Holder, RightList, RightView } from "../../../contracts/rights.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import { type FormShape, withUploadedForm } from "../../platform/storage/form-intake.ts";
import { HOLDER_FORM, MAX_RIGHTS_JSON_BYTES, RIGHT_FORM } from "./rights.intake.ts";
import type { FormCommand, RightsService } from "./rights.service.ts";

const RightParams = z.object({ id: z.string().min(1).max(100) });
const formErrors = { 400: ErrorBody, 401: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody };

const FILES_NOTE = "PDF, JPEG, PNG or WEBP, 5 MB each, checked by their content";

/** A member's vault: register as a rights holder, add IP rights, follow their verification. */
export function rightsRoutes(rights: RightsService, store: EvidenceStore): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ["rights"];

    const withForm = <T>(
      request: Parameters<typeof withUploadedForm>[0],
      shape: FormShape,
      use: (command: FormCommand) => Promise<T>,
    ) => withUploadedForm(request, store, shape, use);

    app.post(
      "/api/v1/rights/holder",
      {
        bodyLimit: MAX_RIGHTS_JSON_BYTES,
        schema: {
          tags,
          summary: "Register as a rights holder",
          description:
            "`multipart/form-data` with a part `holder` (JSON: kind, legalName, country, address, contactEmail, " +
            `companyNumber?) and 1–5 \`document\` files (identity documents: ${FILES_NOTE}).`,
          response: { 201: Holder, ...formErrors },
        },
      },
      async (request, reply) => {
        const holder = await withForm(request, HOLDER_FORM, (c) => rights.registerHolder(request.actor, c));
        return reply.code(201).send(holder);
      },
    );

    app.get(
      "/api/v1/rights/holder",
      {
        schema: {
          tags,
          summary: "My rights-holder registration (404 until I register)",
          response: { 200: Holder, 401: ErrorBody, 404: ErrorBody },
        },
      },
      (request) => rights.myHolder(request.actor),
    );

    app.post(
      "/api/v1/rights",
      {
        bodyLimit: MAX_RIGHTS_JSON_BYTES,
        schema: {
          tags,
          summary: "Add an IP right to my vault, for verification by IP Protection",
          description:
            "`multipart/form-data` with a part `right` (JSON: type, registrationNumber, office, classes, ownerName, " +
            "validFrom, validTo, actsAsAgent), 1–5 `certificate` files and, when `actsAsAgent`, one " +
            `\`authorisation\` file (the owner's letter of authorisation). Files: ${FILES_NOTE}.`,
          response: { 201: RightView, ...formErrors },
        },
      },
      async (request, reply) => {
        const right = await withForm(request, RIGHT_FORM, (c) => rights.addRight(request.actor, c));
        return reply.code(201).send(right);
      },
    );

    app.get(
      "/api/v1/rights",
      {
        schema: {
          tags,
          summary: "My IP rights with their status, newest first",
          response: { 200: RightList, 401: ErrorBody },
        },
      },
      (request) => rights.listMine(request.actor),
    );

    app.get(
      "/api/v1/rights/:id",
      {
        schema: {
          tags,
          summary: "One of my IP rights",
          params: RightParams,
          response: { 200: RightView, 401: ErrorBody, 404: ErrorBody },
        },
      },
      (request) => rights.getMine(request.actor, request.params.id),
    );
  };
}
