import type { z } from "zod";
import { ApiError } from "../api/http.ts";

/** Messages by form key, as Mantine's `form.setErrors` takes them. */
export type FormErrors = Record<string, string>;

type Path = readonly PropertyKey[];

/** A message about one part of the input: a Zod issue, or one entry of the API's `fields`. */
interface Problem {
  path: Path;
  message: string;
}

export interface Placement<P extends Problem = Problem> {
  /** The form key a path belongs to, or undefined when the form has no field for it (default: its head). */
  keyOf?: (path: Path) => string | undefined;
  /** The form's own wording in place of the problem's, e.g. "Choose a role." for an empty select. */
  messageOf?: (key: string, problem: P) => string;
  /** Errors found before: they keep their message, since the first message for a key wins. */
  into?: FormErrors;
}

export interface Placed {
  errors: FormErrors;
  /** The messages no field can show, for the alert above the form. */
  unplaced: string[];
}

/** `classes.1` belongs to `classes`; a problem of the whole object, to `form`. */
const headOf = (path: Path) => (path.length > 0 ? String(path[0]) : "form");

function place<P extends Problem>(
  problems: Iterable<P>,
  { keyOf = headOf, messageOf, into = {} }: Placement<P>,
): Placed {
  const unplaced: string[] = [];
  for (const problem of problems) {
    const key = keyOf(problem.path);
    if (key === undefined) unplaced.push(problem.message);
    else into[key] ??= messageOf ? messageOf(key, problem) : problem.message;
  }
  return { errors: into, unplaced };
}

type Issue = z.core.$ZodIssue;

/** A shared schema's issues on the fields of the form that checked them. */
export function placeIssues(issues: readonly Issue[], placement: Placement<Issue> = {}): Placed {
  return place(issues, placement);
}

/** The API's `fields` (request paths such as `targetUrls.2`) on the fields of the form that sent it. */
export function placeFieldErrors(fields: Record<string, string>, placement: Placement = {}): Placed {
  const problems = Object.entries(fields).map(([key, message]) => ({ path: key.split("."), message }));
  return place(problems, placement);
}

/** A `keyOf` for a form with a field for each of `keys` (by the path's head) and none for the rest. */
export function keyAmong(keys: readonly string[]): (path: Path) => string | undefined {
  return (path) => {
    const head = String(path[0] ?? "");
    return keys.includes(head) ? head : undefined;
  };
}

/** A refusal the form shows on its fields, so that no alert needs to repeat it. */
export function hasFieldErrors(error: unknown): error is ApiError {
  return error instanceof ApiError && Object.keys(error.fields).length > 0;
}

/**
 * Focuses an element a frame later (a field just enabled or shown can take it then) and scrolls to it.
 * An element still to be drawn (an alert that comes with the answer) is waited for a few more frames.
 */
export function focusElement(id: string, framesLeft = 10) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (!element) {
      if (framesLeft > 0) focusElement(id, framesLeft - 1);
      return;
    }
    element.focus();
    element.scrollIntoView({ block: "center" });
  });
}

interface FocusFirstError {
  /** The form keys in page order. */
  order: readonly string[];
  idOf: (key: string) => string;
  errors: Record<string, unknown>;
  /** Where the focus goes when no field in `order` has an error, e.g. the alert above the form. */
  otherwise?: string;
}

/** Moves the focus to the first field in error, so that a keyboard or screen reader user lands on it. */
export function focusFirstError({ order, idOf, errors, otherwise }: FocusFirstError) {
  const first = order.find((key) => errors[key]);
  const id = first ? idOf(first) : otherwise;
  if (id) focusElement(id);
}

/** The same, for a form whose field ids are listed in page order by form key. */
export function focusFirstListed(ids: Readonly<Record<string, string>>, errors: Record<string, unknown>) {
  focusFirstError({ order: Object.keys(ids), idOf: (key) => ids[key] ?? key, errors });
}
