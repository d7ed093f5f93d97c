import i18next from "i18next";
import { z } from "zod";
import { detailsSchemaFor, isFieldShown } from "../../../contracts/report-details.ts";
import type { FieldDescriptor, ReportTypeInfo } from "../../../contracts/report-types.ts";
import { SubmitReport } from "../../../contracts/reports.ts";
import { type FormErrors, keyAmong, placeFieldErrors, placeIssues } from "../../ui/form-errors.ts";

export type DetailValue = string | string[] | boolean | null;

export interface ReportFormValues {
  /** One link, or (for types that take many) one link per line. */
  targets: string;
  description: string;
  contactEmail: string;
  discloseIdentity: boolean;
  agreement: boolean;
  details: Record<string, DetailValue>;
}

export function emptyDetailValue(field: FieldDescriptor): DetailValue {
  if (field.kind === "checkbox") return false;
  if (field.kind === "multiselect") return [];
  if (field.kind === "select") return null;
  return "";
}

/** The details with nothing chosen, except the first choice that offers `reason` (a link's `?reason=`). */
function initialDetails(type: ReportTypeInfo, reason: string | undefined): Record<string, DetailValue> {
  const details: Record<string, DetailValue> = Object.fromEntries(
    type.fields.map((f) => [f.name, emptyDetailValue(f)]),
  );
  const preset = type.fields.find((f) => f.kind === "select" && f.options?.some((o) => o.value === reason));
  if (preset && reason) details[preset.name] = reason;
  return details;
}

export function initialValues(
  type: ReportTypeInfo,
  target: string | undefined,
  email: string,
  reason?: string,
): ReportFormValues {
  return {
    targets: target ?? "",
    description: "",
    contactEmail: email,
    discloseIdentity: false,
    agreement: false,
    details: initialDetails(type, reason),
  };
}

/** The DOM id of each field, so that the first field with an error can get the focus. */
export const fieldId = (key: string) => `report-field-${key.replace(/\./g, "-")}`;

/** Form keys in the order the fields appear on the page. */
export function fieldOrder(type: ReportTypeInfo): string[] {
  return [
    "targets",
    ...type.fields.map((f) => `details.${f.name}`),
    "description",
    "evidence",
    "contactEmail",
    "discloseIdentity",
    "agreement",
  ];
}

export const takesManyTargets = (type: ReportTypeInfo) => type.maxTargets > 1;

interface TargetLine {
  url: string;
  /** 1-based line in the text area, to point at the wrong one. */
  line: number;
}

export function targetLines(type: ReportTypeInfo, text: string): TargetLine[] {
  if (!takesManyTargets(type)) {
    const url = text.trim();
    return url ? [{ url, line: 1 }] : [];
  }
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ url: raw.trim(), line: i + 1 }))
    .filter((t) => t.url !== "");
}

function isEmpty(value: DetailValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    value === "" ||
    value === false ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** What a required field left empty says, by its kind of input, in the interface language. */
function requiredMessage(kind: FieldDescriptor["kind"]): string {
  if (kind === "select") return i18next.t("reportForm:detail.requiredSelect");
  if (kind === "multiselect") return i18next.t("reportForm:detail.requiredMultiselect");
  if (kind === "checkbox") return i18next.t("reportForm:detail.requiredCheckbox");
  return i18next.t("reportForm:detail.required");
}

/** The type's details as the API takes them: only shown, non-empty fields; missing required ones noted. */
function collectDetails(type: ReportTypeInfo, raw: Record<string, DetailValue>) {
  const details: Record<string, unknown> = {};
  const errors: FormErrors = {};
  for (const field of type.fields) {
    if (!isFieldShown(field, raw)) continue;
    const value = raw[field.name];
    if (isEmpty(value)) {
      if (field.required) errors[`details.${field.name}`] = requiredMessage(field.kind);
      continue;
    }
    details[field.name] = typeof value === "string" ? value.trim() : value;
  }
  return { details, errors };
}

const httpLink = z.url({ protocol: /^https?$/ });

/** A problem of one line of a many-link field: "Line 3: …". */
const onLineOf = (line: number, message: string) => i18next.t("reportForm:targets.line", { line, message });

function targetErrors(type: ReportTypeInfo, lines: TargetLine[]): string | undefined {
  if (lines.length === 0) return i18next.t("reportForm:targets.required");
  if (lines.length > type.maxTargets) {
    return type.maxTargets === 1
      ? i18next.t("reportForm:targets.onlyOne")
      : i18next.t("reportForm:targets.tooMany", { max: type.maxTargets, given: lines.length });
  }
  const many = takesManyTargets(type);
  const seen = new Map<string, number>();
  const problems: string[] = [];
  for (const { url, line } of lines) {
    const onLine = (message: string) => (many ? onLineOf(line, message) : message);
    const first = seen.get(url);
    if (!httpLink.safeParse(url).success) problems.push(onLine(i18next.t("reportForm:targets.notALink")));
    else if (first !== undefined)
      problems.push(onLine(i18next.t("reportForm:targets.twice", { line: first })));
    seen.set(url, first ?? line);
  }
  return problems.length > 0 ? problems.join(" ") : undefined;
}

/** The report's `targetUrls` are typed into the one `targets` field. */
const reportKeyOf = (path: readonly PropertyKey[]) =>
  path[0] === "targetUrls" ? "targets" : String(path[0] ?? "form");

export type Validation = { ok: true; report: SubmitReport } | { ok: false; errors: FormErrors };

/** Checks the form with the shared contract schemas and builds the report the API takes. */
export function validateReport(type: ReportTypeInfo, values: ReportFormValues, isGuest: boolean): Validation {
  const lines = targetLines(type, values.targets);
  const { details, errors } = collectDetails(type, values.details);
  const email = values.contactEmail.trim();
  const report = {
    type: type.id,
    targetUrls: lines.map((t) => t.url),
    description: values.description,
    contactEmail: email === "" ? undefined : email,
    agreement: values.agreement,
    details,
    discloseIdentity: values.discloseIdentity,
  };

  const targetProblem = targetErrors(type, lines);
  if (targetProblem) errors.targets = targetProblem;
  const common = SubmitReport.safeParse(report);
  if (!common.success) placeIssues(common.error.issues, { keyOf: reportKeyOf, into: errors });
  const typed = detailsSchemaFor(type).safeParse(details);
  if (!typed.success)
    placeIssues(typed.error.issues, { keyOf: (path) => `details.${String(path[0])}`, into: errors });
  if (isGuest && email === "") errors.contactEmail = i18next.t("reportForm:contact.emailRequired");

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, report: { ...report, description: report.description.trim(), agreement: true } };
}

const FIELDS_ON_FORM = keyAmong(["description", "contactEmail", "agreement", "discloseIdentity", "evidence"]);

/**
 * Puts the server's `fields` (e.g. `targetUrls.2`, `details.rightType`) onto the form's fields; what
 * belongs to no field on the page is returned apart, for the alert above the form.
 */
export function mapServerFields(
  type: ReportTypeInfo,
  values: ReportFormValues,
  fields: Record<string, string>,
) {
  const lines = targetLines(type, values.targets);
  const targetProblems: string[] = [];
  const others: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const [head, index] = key.split(".");
    if (head !== "targetUrls") others[key] = message;
    else {
      const line = index === undefined ? undefined : lines[Number(index)]?.line;
      targetProblems.push(line !== undefined && takesManyTargets(type) ? onLineOf(line, message) : message);
    }
  }
  const detailKeys = new Set(type.fields.map((f) => `details.${f.name}`));
  const { errors, unplaced } = placeFieldErrors(others, {
    keyOf: (path) => (detailKeys.has(path.join(".")) ? path.join(".") : FIELDS_ON_FORM(path)),
  });
  if (targetProblems.length > 0) errors.targets = targetProblems.join(" ");
  return { onFields: errors, unplaced };
}
