import i18next from "i18next";
import { type ConsoleDispute, Ruling } from "../../../contracts/disputes.ts";
import { type FormErrors, keyAmong, placeFieldErrors, placeIssues } from "../../ui/form-errors.ts";
import { formatMoney, parseAmount } from "../disputes/money.ts";

export interface RulingValues {
  outcome: string;
  /** The partial refund as typed, e.g. "12.50". */
  amount: string;
  reasons: string;
}

/** The form's keys in page order; `evidence` is ticked in the timeline, above the form. */
export const RULING_KEYS = ["evidence", "outcome", "amount", "reasons"] as const;

/** Request paths of the API's `fields` by the form key that shows them. */
const keyOfPath = (path: readonly PropertyKey[]) => {
  const head = String(path[0] ?? "");
  if (head === "amountMinor") return "amount";
  if (head === "evidenceConsidered") return "evidence";
  return keyAmong(RULING_KEYS)(path);
};

type Checked = { ok: true; body: Ruling } | { ok: false; errors: FormErrors };

/** The ruling as the API takes it, or the messages for the fields that keep it from being sent. */
export function checkRuling(values: RulingValues, evidence: string[], dispute: ConsoleDispute): Checked {
  const errors: FormErrors = {};
  let amountMinor: number | undefined;
  if (values.outcome === "partial_refund") {
    const parsed = parseAmount(values.amount, dispute.disputed.currency);
    if (!parsed.ok) errors.amount = parsed.message;
    else if (parsed.minor > dispute.disputed.amountMinor)
      errors.amount = i18next.t("disputeConsole:ruling.atMost", { most: formatMoney(dispute.disputed) });
    else amountMinor = parsed.minor;
  }
  const body = {
    outcome: values.outcome || undefined,
    amountMinor,
    reasons: values.reasons,
    evidenceConsidered: evidence,
  };
  const checked = Ruling.safeParse(body);
  if (checked.success && Object.keys(errors).length === 0) return { ok: true, body: checked.data };
  if (!checked.success)
    placeIssues(checked.error.issues, {
      keyOf: keyOfPath,
      messageOf: (key, issue) =>
        key === "outcome"
          ? i18next.t("disputeConsole:ruling.chooseRuling")
          : key === "evidence"
            ? i18next.t("disputeConsole:ruling.tickEvidence")
            : issue.message,
      into: errors,
    });
  return { ok: false, errors };
}

/** The API's refusal of fields, on the form's fields; what no field can show goes to the alert. */
export const placeRulingFieldErrors = (fields: Record<string, string>) =>
  placeFieldErrors(fields, { keyOf: keyOfPath });
