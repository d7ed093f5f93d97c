/** The rules that protect the report center from misuse and reward accurate reporters (DSA Art. 22–23). */

export const WINDOW_DAYS = 90;
export const FAST_LANE_MIN_REPORTS = 10;
export const FAST_LANE_MIN_UPHELD = 0.9;
export const FAST_LANE_MAX_OVERTURNED = 0.05;
export const MISUSE_MIN_MARKS = 5;
export const SUSPENSION_DAYS = 30;

export interface Accuracy {
  decided: number;
  upheld: number;
  overturned: number;
}

export interface Standing {
  fastLane: boolean;
  fastLaneLeftAt: string | null;
  warnedAt: string | null;
  suspendedUntil: string | null;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

function qualifies(a: Accuracy): boolean {
  return (
    a.decided >= FAST_LANE_MIN_REPORTS &&
    a.upheld / a.decided >= FAST_LANE_MIN_UPHELD &&
    a.overturned / a.decided <= FAST_LANE_MAX_OVERTURNED
  );
}

/**
 * The good-faith fast lane: in at ≥ 90 % upheld and ≤ 5 % overturned over at least 10 decided reports in
 * the last 3 months; out as soon as that no longer holds; back no sooner than 3 months after leaving.
 */
export function fastLaneAfter(
  accuracy: Accuracy,
  standing: Standing,
  now: Date,
): Pick<Standing, "fastLane" | "fastLaneLeftAt"> {
  const ok = qualifies(accuracy);
  if (standing.fastLane) return ok ? standing : { fastLane: false, fastLaneLeftAt: now.toISOString() };
  const mayReturn = !standing.fastLaneLeftAt || standing.fastLaneLeftAt <= daysBefore(now, WINDOW_DAYS);
  return ok && mayReturn ? { fastLane: true, fastLaneLeftAt: standing.fastLaneLeftAt } : standing;
}

export type MisuseStep = "none" | "warn" | "suspend";

/**
 * After a report is marked manifestly unfounded: a warning once the reporter has 5 such marks in 3 months
 * and they are more than half of its reports; after a warning, the next mark suspends for 30 days.
 */
export function misuseStepAfterMark(marks: number, reportsFiled: number, standing: Standing): MisuseStep {
  if (standing.warnedAt) return "suspend";
  return marks >= MISUSE_MIN_MARKS && marks > reportsFiled / 2 ? "warn" : "none";
}

export function isSuspended(standing: Pick<Standing, "suspendedUntil"> | null, now: Date): boolean {
  return !!standing?.suspendedUntil && standing.suspendedUntil > now.toISOString();
}

export function windowStart(now: Date): string {
  return daysBefore(now, WINDOW_DAYS);
}

export function suspensionEnd(now: Date): string {
  return new Date(now.getTime() + SUSPENSION_DAYS * 86_400_000).toISOString();
}
