import type { z } from "zod";

export type FormErrors = Record<string, string>;

/** The DOM id of a field of the rights forms, so that the first field in error can take the focus. */
export const rightsFieldId = (key: string) => `rights-field-${key}`;

/** Zod issues onto form keys: `classes.1` belongs to `classes`; the first message per field wins. */
export function errorsFromIssues(issues: readonly z.core.$ZodIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/**
 * Splits the server's `fields` into those the form shows and the rest (for the alert above it). Keys such
 * as `classes.2` are put on their field.
 */
export function placeServerFields(fields: Record<string, string>, known: readonly string[]) {
  const onFields: FormErrors = {};
  const unplaced: string[] = [];
  for (const [key, message] of Object.entries(fields)) {
    const head = key.split(".")[0] ?? key;
    if (known.includes(head)) onFields[head] ??= message;
    else unplaced.push(message);
  }
  return { onFields, unplaced };
}

/** Moves the focus to the first field (in page order) that has an error, or to the alert above the form. */
export function focusFirstProblem(order: readonly string[], errors: FormErrors, alertId: string) {
  requestAnimationFrame(() => {
    const first = order.find((key) => errors[key]);
    const element = document.getElementById(first ? rightsFieldId(first) : alertId);
    element?.focus();
    element?.scrollIntoView({ block: "center" });
  });
}
