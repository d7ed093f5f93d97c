import { focusFirstError } from "../../ui/form-errors.ts";
import { decisionFieldId, FIELD_ORDER } from "./decision-form.model.ts";

/** Moves the focus to the first field with an error, or else to the alert above the buttons. */
export function focusFirstProblem(errors: Record<string, unknown>) {
  focusFirstError({ order: FIELD_ORDER, idOf: decisionFieldId, errors, otherwise: "decision-problem" });
}
