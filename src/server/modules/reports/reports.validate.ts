import { detailsSchemaFor } from "../../../contracts/report-details.ts";
import { ReportTypeId, reportTypeById } from "../../../contracts/report-types.ts";
import { SubmitReport } from "../../../contracts/reports.ts";
import { fieldsFromIssues } from "../../platform/http/error-handler.ts";
import { invalidInput } from "../../platform/http/errors.ts";
import type { Actor } from "../accounts/actor.ts";
import { detectLanguage } from "./language.ts";

export type ValidReport = ReturnType<typeof validateReport>;

/** Checks the report JSON against the common schema and its type's own fields; names every bad field. */
export function validateReport(actor: Actor | null, body: unknown) {
  const fields: Record<string, string> = {};
  const parsed = SubmitReport.safeParse(body);
  if (!parsed.success) Object.assign(fields, fieldsFromIssues(parsed.error.issues));
  // The type's own fields are checked even when common fields failed, so that every error shows at once.
  const typeId = ReportTypeId.safeParse((body as { type?: unknown } | null)?.type);
  const type = typeId.success ? reportTypeById(typeId.data) : null;
  const rawDetails = (body as { details?: unknown } | null)?.details ?? {};
  const details = type ? detailsSchemaFor(type).safeParse(rawDetails) : null;
  if (details && !details.success) Object.assign(fields, fieldsFromIssues(details.error.issues, "details"));
  if (!parsed.success || !type || !details?.success) throw invalidInput(fields);
  const input = parsed.data;
  if (input.targetUrls.length > type.maxTargets) {
    fields.targetUrls =
      type.maxTargets === 1
        ? "This kind of report takes one link. Send one report per listing or store."
        : `At most ${type.maxTargets} links in one complaint.`;
  }
  const seen = new Map<string, number>();
  input.targetUrls.forEach((url, i) => {
    const first = seen.get(url);
    if (first !== undefined)
      fields[`targetUrls.${i}`] = `This link is listed twice (also line ${first + 1}).`;
    else seen.set(url, i);
  });
  const contactEmail = (input.contactEmail ?? actor?.email)?.toLowerCase();
  if (!contactEmail) fields.contactEmail = "Enter your email address so that we can tell you the outcome.";
  if (Object.keys(fields).length > 0) throw invalidInput(fields);
  return {
    input,
    type,
    details: details.data as Record<string, unknown>,
    contactEmail: contactEmail!,
    language: detectLanguage(input.description),
  };
}
