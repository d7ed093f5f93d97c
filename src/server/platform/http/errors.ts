/** An error the API answers with: a stable `code`, a message for people, and the fields at fault. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields?: Record<string, string>;
  readonly extra?: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    fields?: Record<string, string>,
    extra?: Record<string, unknown>,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.extra = extra;
  }
}

export const invalidInput = (fields: Record<string, string>, message = "Some fields need your attention.") =>
  new AppError(400, "invalid_input", message, fields);

export const notFound = (what = "This item") => new AppError(404, "not_found", `${what} was not found.`);

export const unauthenticated = () => new AppError(401, "unauthenticated", "Please sign in first.");

export const forbidden = (message = "You are not allowed to do this.") =>
  new AppError(403, "forbidden", message);
