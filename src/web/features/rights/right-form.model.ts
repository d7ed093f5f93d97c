import i18next from "i18next";
import { CreateRight, type RightType } from "../../../contracts/rights.ts";
import { type FormErrors, placeIssues } from "../../ui/form-errors.ts";

/** The DOM id of a field of the rights forms, so that the first field in error can take the focus. */
export const rightsFieldId = (key: string) => `rights-field-${key}`;

export interface RightValues {
  type: RightType | null;
  registrationNumber: string;
  office: string;
  /** Nice classes as the multi-select holds them: "1" … "45". */
  classes: string[];
  ownerName: string;
  validFrom: string;
  validTo: string;
  actsAsAgent: boolean;
}

/** Form keys in page order, for moving the focus to the first one in error. */
export const RIGHT_FORM_ORDER = [
  "type",
  "registrationNumber",
  "office",
  "classes",
  "ownerName",
  "validFrom",
  "validTo",
  "actsAsAgent",
  "authorisation",
  "certificate",
] as const;

export function initialRightValues(ownerName: string): RightValues {
  return {
    type: null,
    registrationNumber: "",
    office: "",
    classes: [],
    ownerName,
    validFrom: "",
    validTo: "",
    actsAsAgent: false,
  };
}

export type RightCheck = { ok: true; right: CreateRight } | { ok: false; errors: FormErrors };

/** Checks the form with the shared contract schema and the file rules, and builds what the API takes. */
export function checkRight(values: RightValues, certificates: number, letters: number): RightCheck {
  const right: CreateRight = {
    type: values.type as RightType,
    registrationNumber: values.registrationNumber,
    office: values.office,
    // Classes only mean something for trademarks; a type changed afterwards must not carry them along.
    classes: values.type === "trademark" ? values.classes.map(Number) : [],
    ownerName: values.ownerName,
    validFrom: values.validFrom,
    validTo: values.validTo === "" ? undefined : values.validTo,
    actsAsAgent: values.actsAsAgent,
  };
  const parsed = CreateRight.safeParse(right);
  const errors = parsed.success ? {} : placeIssues(parsed.error.issues).errors;
  if (certificates === 0) errors.certificate = i18next.t("rights:add.needCertificate");
  if (values.actsAsAgent && letters === 0) errors.authorisation = i18next.t("rights:add.needLetter");
  const today = new Date().toISOString().slice(0, 10);
  if (!errors.validTo && right.validTo && right.validTo < today)
    errors.validTo = i18next.t("rights:add.expired");
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, right };
}
