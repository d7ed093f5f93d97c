import { ApiError } from "../../api/http.ts";

/** better-auth answers `{code, message}`; put each on the field it is about, the rest in an alert. */
export function placeAuthError(error: unknown): { field?: "name" | "email" | "password"; message: string } {
  if (!(error instanceof ApiError)) return { message: "Something went wrong. Please try again." };
  const code = error.code.toUpperCase();
  // Our limiter says how long to wait; better-auth's own answer does not.
  if (error.status === 429)
    return { message: error.message || "Too many attempts. Please wait a minute and try again." };
  if (code === "INVALID_EMAIL_OR_PASSWORD") return { message: "The email or the password is not right." };
  if (code === "USER_ALREADY_EXISTS" || code.includes("USER_ALREADY_EXISTS")) {
    return { field: "email", message: "An account with this email already exists. Sign in instead." };
  }
  if (code.includes("PASSWORD")) return { field: "password", message: error.message };
  if (code.includes("EMAIL")) return { field: "email", message: error.message };
  if (code.includes("NAME")) return { field: "name", message: error.message };

  return { message: error.message };
}
