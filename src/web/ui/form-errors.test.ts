import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "../api/http.ts";
import { hasFieldErrors, keyAmong, placeFieldErrors, placeIssues } from "./form-errors.ts";

const Staff = z.object({
  email: z.email("Enter an email address."),
  classes: z.array(z.number().int("Whole classes only.")),
  role: z.enum(["moderator", "admin"]),
});

const issuesOf = (value: unknown) => {
  const checked = Staff.safeParse(value);
  if (checked.success) throw new Error("expected issues");
  return checked.error.issues;
};

describe("schema issues placed on form fields", () => {
  it("puts each issue on the field its path starts with, the first message per field", () => {
    const issues = issuesOf({ email: "nope", classes: [1.5, 2.5], role: "moderator" });
    expect(placeIssues(issues)).toEqual({
      errors: { email: "Enter an email address.", classes: "Whole classes only." },
      unplaced: [],
    });
  });

  it("renames keys, rewords messages and keeps what was found before", () => {
    const issues = issuesOf({ email: "nope", classes: [], role: "owner" });
    const placed = placeIssues(issues, {
      keyOf: (path) => (path[0] === "email" ? "contact" : String(path[0])),
      messageOf: (key, issue) => (key === "role" ? "Choose a role." : issue.message),
      into: { contact: "Already said." },
    });
    expect(placed.errors).toEqual({ contact: "Already said.", role: "Choose a role." });
  });

  it("sets apart the issues the form has no field for", () => {
    const issues = issuesOf({ email: "nope", classes: [], role: "owner" });
    expect(placeIssues(issues, { keyOf: keyAmong(["role"]) })).toEqual({
      errors: { role: expect.any(String) },
      unplaced: ["Enter an email address."],
    });
  });

  it("gives a problem of the whole object to the form", () => {
    const Range = z.object({ from: z.number(), to: z.number() }).refine((r) => r.from <= r.to, "Backwards.");
    const checked = Range.safeParse({ from: 2, to: 1 });
    expect(checked.success ? {} : placeIssues(checked.error.issues).errors).toEqual({ form: "Backwards." });
  });
});

describe("the API's field errors placed on form fields", () => {
  it("reads dotted request paths and sets apart unknown ones", () => {
    const placed = placeFieldErrors(
      { "classes.2": "Class 99 does not exist.", email: "Taken.", "owner.name": "Too long." },
      { keyOf: keyAmong(["email", "classes"]) },
    );
    expect(placed).toEqual({
      errors: { classes: "Class 99 does not exist.", email: "Taken." },
      unplaced: ["Too long."],
    });
  });

  it("tells a refusal of fields from any other failure", () => {
    expect(hasFieldErrors(new ApiError(400, "validation_failed", "Bad", { email: "Taken." }))).toBe(true);
    expect(hasFieldErrors(new ApiError(409, "conflict", "Changed", {}))).toBe(false);
    expect(hasFieldErrors(new Error("offline"))).toBe(false);
  });
});
