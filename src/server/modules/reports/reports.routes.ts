import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody, pageOf } from "../../../contracts/common.ts";
import { REPORT_TYPES, ReportTypeInfo } from "../../../contracts/report-types.ts";
import {
  DuplicateReportAnswer,
  DuplicateReportQuery,
  FindReportLink,
  FindReportLinkAccepted,
  MyReportsQuery,
  ReportCreated,
  ReportDetail,
  ReportSummary,
} from "../../../contracts/reports.ts";
import { reportTokenOf } from "../../platform/http/report-token.ts";
import { sendStoredFile } from "../../platform/http/send-stored-file.ts";
import type { EvidenceStore } from "../../platform/storage/evidence-store.ts";
import {
  jsonDepth,
  MAX_JSON_DEPTH,
  MAX_REPORT_JSON_BYTES,
  readReportForm,
  tooDeep,
} from "./reports.intake.ts";
import type { ReportsService } from "./reports.service.ts";

const ReportParams = z.object({ id: z.string().min(1).max(100) });
const EvidenceParams = ReportParams.extend({ evidenceId: z.string().min(1).max(100) });
const TokenQuery = z.object({ token: z.string().max(200).optional() });
const IdempotencyHeaders = z.object({ "idempotency-key": z.string().min(1).max(200).optional() });

export function reportsRoutes(
  reports: ReportsService,
  store: EvidenceStore,
  perHour: number,
): FastifyPluginAsyncZod {
  return async (app) => {
    // JSON bodies of these routes are refused past a sane depth before anything walks them (a 10,000-deep
    // ignored field would otherwise exhaust the stack of whatever recurses into it first).
    const parseJson = app.getDefaultJsonParser("error", "error");
    app.removeContentTypeParser("application/json");
    app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
      if (jsonDepth(body as string) > MAX_JSON_DEPTH) return done(tooDeep(), undefined);
      parseJson(request, body as string, done);
    });

    app.get(
      "/api/v1/report-types",
      {
        schema: {
          tags: ["reports"],
          summary:
            "The report types the Report Center offers, with the fields of each type's form (an abusive rating is reported from the rating: POST /api/v1/feedback/{id}/abuse-reports)",
          response: { 200: z.object({ items: z.array(ReportTypeInfo) }) },
        },
      },
      async () => ({ items: REPORT_TYPES.filter((type) => type.listed) }),
    );

    app.post(
      "/api/v1/reports",
      {
        bodyLimit: MAX_REPORT_JSON_BYTES,
        // Per network address, over all attempts; the per-reporter limit of successful reports is in the service.
        config: { rateLimit: { max: perHour * 5, timeWindow: "1 hour" } },
        schema: {
          tags: ["reports"],
          summary: "File a report",
          description:
            "Send `application/json` (the report) or `multipart/form-data` with a part `report` (the same JSON) " +
            "and up to 10 `evidence` files (PDF, DOC, DOCX, GIF, JPEG, PNG, WEBP; 5 MB each, checked by content). " +
            "An `Idempotency-Key` header makes a retry return the first answer.",
          headers: IdempotencyHeaders,
          response: {
            201: ReportCreated,
            400: ErrorBody,
            409: ErrorBody,
            413: ErrorBody,
            415: ErrorBody,
            422: ErrorBody,
            429: ErrorBody,
          },
        },
      },
      async (request, reply) => {
        const { body, files } = await readReportForm(request, store);
        try {
          const created = await reports.submit(request.actor, {
            body,
            files,
            idempotencyKey: request.headers["idempotency-key"],
          });
          return reply.code(201).send(created);
        } finally {
          await Promise.all(files.map((f) => store.discard(f.staged)));
        }
      },
    );

    app.get(
      "/api/v1/me/reports",
      {
        schema: {
          tags: ["reports"],
          summary: "My reports (box=sent: the reports I filed), newest first",
          querystring: MyReportsQuery,
          response: { 200: pageOf(ReportSummary), 401: ErrorBody },
        },
      },
      (request) => reports.listMine(request.actor, request.query),
    );

    app.get(
      "/api/v1/reports/:id",
      {
        schema: {
          tags: ["reports"],
          summary:
            "One report with its timeline, for its reporter: signed in, or a guest with its private token " +
            "(`x-report-token` header or `token` query). Staff read reports in the console.",
          params: ReportParams,
          querystring: TokenQuery,
          response: { 200: ReportDetail, 404: ErrorBody },
        },
      },
      (request) =>
        reports.get(request.actor, request.params.id, reportTokenOf(request.headers, request.query)),
    );

    app.get(
      "/api/v1/reports/:id/evidence/:evidenceId",
      {
        schema: {
          tags: ["reports"],
          summary: "Download one evidence file of my report (always as an attachment)",
          params: EvidenceParams,
          querystring: TokenQuery,
        },
      },
      async (request, reply) => {
        const { id, evidenceId } = request.params;
        const file = await reports.evidenceFile(
          request.actor,
          id,
          evidenceId,
          reportTokenOf(request.headers, request.query),
        );
        return sendStoredFile(reply, file);
      },
    );

    app.get(
      "/api/v1/me/duplicate-report",
      {
        schema: {
          tags: ["reports"],
          summary: "Would this report duplicate one of mine that is still open? (members only)",
          description:
            "The same check as when the report is sent, for the form as it opens. Guests get 401: for them " +
            "the answer would tell anyone whether an address had reported a listing.",
          querystring: DuplicateReportQuery,
          response: { 200: DuplicateReportAnswer, 400: ErrorBody, 401: ErrorBody },
        },
      },
      (request) => reports.duplicateFor(request.actor, request.query),
    );

    app.post(
      "/api/v1/reports/find-link",
      {
        // Per network address; each email address also gets at most a few link mails an hour.
        config: { rateLimit: { max: 20, timeWindow: "1 hour" } },
        schema: {
          tags: ["reports"],
          summary: "Mail me a new private link to my report (guests who lost theirs)",
          description:
            "Always 202 with the same body, whether or not the reference exists or the email matches. " +
            "Only the address the report was filed with gets a mail, with a new private link.",
          body: FindReportLink,
          response: { 202: FindReportLinkAccepted, 400: ErrorBody, 429: ErrorBody },
        },
      },
      async (request, reply) => reply.code(202).send(await reports.findLink(request.body)),
    );
  };
}
