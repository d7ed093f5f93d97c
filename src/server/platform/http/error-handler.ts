import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { z } from "zod";
import { AppError } from "./errors.ts";

/** Turns Zod issues into `{ "path.to.field": "message" }`, the first message per field. */
export function fieldsFromIssues(issues: readonly z.core.$ZodIssue[], prefix = ""): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** A body the route read itself (a form's JSON part), checked like a declared one: field errors or the data. */
export function parseInput<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    throw new AppError(
      400,
      "invalid_input",
      "Some fields need your attention.",
      fieldsFromIssues(parsed.error.issues),
    );
  return parsed.data;
}

// Fastify's own error codes, mapped to ours so that clients see one stable vocabulary.
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "payload_too_large",
    message: "The request is too large.",
  },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: "file_too_large", message: "A file is larger than 5 MB." },
  FST_PARTS_LIMIT: { status: 400, code: "too_many_parts", message: "The form has too many parts." },
  FST_FILES_LIMIT: { status: 400, code: "too_many_files", message: "Attach at most 10 files." },
  FST_FIELDS_LIMIT: { status: 400, code: "too_many_fields", message: "The form has too many fields." },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    status: 400,
    code: "invalid_multipart",
    message: "The form could not be read.",
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "unsupported_media_type",
    message: "This content type is not accepted here.",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: "invalid_json", message: "The request body is empty." },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: "invalid_json",
    message: "The request body is not valid JSON.",
  },
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .code(error.status)
        .send({ error: { code: error.code, message: error.message, fields: error.fields, ...error.extra } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const v of error.validation) {
        const key =
          v.instancePath.split("/").filter(Boolean).join(".") || String(error.validationContext ?? "body");
        fields[key] ??= v.message ?? "This value is not valid.";
      }
      return reply
        .code(400)
        .send({ error: { code: "invalid_input", message: "Some fields need your attention.", fields } });
    }
    const known = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (known) return reply.code(known.status).send({ error: { code: known.code, message: known.message } });
    if (error.statusCode === 429) {
      return reply.code(429).send({ error: { code: "rate_limited", message: error.message } });
    }
    if (error instanceof SyntaxError || (error.statusCode && error.statusCode < 500)) {
      return reply
        .code(error.statusCode ?? 400)
        .send({ error: { code: "bad_request", message: error.message || "The request could not be read." } });
    }
    request.log.error({ err: error }, "unhandled error");
    return reply
      .code(500)
      .send({ error: { code: "internal", message: "Something went wrong on our side." } });
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: { code: "not_found", message: `No route ${request.method} ${request.url}.` } }),
  );
}
