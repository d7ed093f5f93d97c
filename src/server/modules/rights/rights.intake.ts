import type { z } from "zod";
import {
  CreateHolder,
  CreateRight,
  MAX_CERTIFICATES,
  MAX_HOLDER_DOCUMENTS,
} from "../../../contracts/rights.ts";
import { fieldsFromIssues } from "../../platform/http/error-handler.ts";
import { invalidInput } from "../../platform/http/errors.ts";
import type { FormShape, StagedUpload } from "../../platform/storage/form-intake.ts";
import { cleanFileName } from "../attachments/evidence.policy.ts";
import { judgeRightFile } from "./rights.policy.ts";

export const MAX_RIGHTS_JSON_BYTES = 64 * 1024;

/** POST /api/v1/rights/holder: a `holder` JSON part and `document` files. */
export const HOLDER_FORM: FormShape = {
  jsonPart: "holder",
  files: { document: { maxFiles: MAX_HOLDER_DOCUMENTS, judge: judgeRightFile } },
  cleanFileName,
};

/** POST /api/v1/rights: a `right` JSON part, `certificate` files and, for agents, one `authorisation`. */
export const RIGHT_FORM: FormShape = {
  jsonPart: "right",
  files: {
    certificate: { maxFiles: MAX_CERTIFICATES, judge: judgeRightFile },
    authorisation: { maxFiles: 1, judge: judgeRightFile },
  },
  cleanFileName,
};

const count = (files: StagedUpload[], field: string) => files.filter((f) => f.field === field).length;

function parseOrCollect<T extends z.ZodType>(schema: T, body: unknown, fields: Record<string, string>) {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) Object.assign(fields, fieldsFromIssues(parsed.error.issues));
  return parsed.success ? (parsed.data as z.output<T>) : null;
}

/** Checks a registration and its files together, so that every problem shows at once. */
export function validateHolder(body: unknown, files: StagedUpload[]) {
  const fields: Record<string, string> = {};
  const holder = parseOrCollect(CreateHolder, body, fields);
  if (count(files, "document") === 0)
    fields.document =
      "Attach at least one identity document (an ID card, passport or company register extract).";
  if (!holder || Object.keys(fields).length > 0) throw invalidInput(fields);
  return holder;
}

/** Checks a right and its files; `today` refuses a right that has already run out. */
export function validateRight(body: unknown, files: StagedUpload[], today: string) {
  const fields: Record<string, string> = {};
  const right = parseOrCollect(CreateRight, body, fields);
  if (count(files, "certificate") === 0)
    fields.certificate = "Attach the registration certificate (or an extract from the office's register).";
  const agent = (body as { actsAsAgent?: unknown } | null)?.actsAsAgent === true;
  const letters = count(files, "authorisation");
  if (agent && letters === 0)
    fields.authorisation = "As an agent, attach the owner's letter of authorisation.";
  if (!agent && letters > 0)
    fields.authorisation = "Only agents attach a letter of authorisation; tick that you act for the owner.";
  if (right?.validTo && right.validTo < today) fields.validTo ??= "This right has already expired.";
  if (!right || Object.keys(fields).length > 0) throw invalidInput(fields);
  return right;
}
