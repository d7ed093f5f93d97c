import type { ReportCreated } from "../../../contracts/reports.ts";

/** Guests follow a report with the token of its private link; keep it for this browser tab. */
export function rememberTrackingToken(created: ReportCreated) {
  if (!created.trackingUrl) return;
  try {
    const token = new URL(created.trackingUrl, window.location.origin).searchParams.get("token");
    if (token) sessionStorage.setItem(`redress.token.${created.id}`, token);
  } catch {
    // A malformed link only costs the reload fallback.
  }
}

export function recallTrackingToken(reportId: string): string | undefined {
  try {
    return sessionStorage.getItem(`redress.token.${reportId}`) ?? undefined;
  } catch {
    return undefined;
  }
}

export function storeTrackingToken(reportId: string, token: string) {
  try {
    sessionStorage.setItem(`redress.token.${reportId}`, token);
  } catch {
    // Storage may be disabled; the token stays in the address bar anyway.
  }
}
