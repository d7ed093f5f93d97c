import { decisionFieldId, FIELD_ORDER, type FormErrors } from "./decision-form.model.ts";

/** Moves the focus to the first field with an error, or else to the alert above the buttons. */
export function focusFirstProblem(errors: FormErrors) {
  requestAnimationFrame(() => {
    const first = FIELD_ORDER.find((key) => errors[key]);
    const element = document.getElementById(first ? decisionFieldId(first) : "decision-problem");
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  });
}
