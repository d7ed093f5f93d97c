import i18next from "i18next";
import { ApiError } from "../../api/http.ts";

/** better-auth answers `{code, message}`; put each on the field it is about, the rest in an alert. */
export function placeAuthError(error: unknown): { field?: "name" | "email" | "password"; message: string } {
  if (!(error instanceof ApiError)) return { message: i18next.t("auth:errors.unknown") };
  const code = error.code.toUpperCase();
  // Our limiter says how long to wait; better-auth's own answer does not.
  if (error.status === 429) return { message: error.message || i18next.t("auth:errors.tooMany") };
  if (code === "INVALID_EMAIL_OR_PASSWORD") return { message: i18next.t("auth:errors.wrongCredentials") };
  if (code === "USER_ALREADY_EXISTS" || code.includes("USER_ALREADY_EXISTS")) {
    return { field: "email", message: i18next.t("auth:errors.exists") };
  }
  if (code.includes("PASSWORD")) return { field: "password", message: error.message };
  if (code.includes("EMAIL")) return { field: "email", message: error.message };
  if (code.includes("NAME")) return { field: "name", message: error.message };

  return { message: error.message };
}
