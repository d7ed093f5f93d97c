import { useEffect, useState } from "react";
import { interfaceLocale } from "./locale.ts";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "in 5 hours", "2 days ago": days only from two days on, so that an SLA of 36 hours reads as hours. */
export function formatRelative(iso: string, now: number): string {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const diff = at - now;
  const format = new Intl.RelativeTimeFormat(interfaceLocale(), { numeric: "auto" });
  for (const [unit, ms] of UNITS) {
    const threshold = unit === "day" ? 2 * ms : ms;
    if (Math.abs(diff) >= threshold || unit === "minute") return format.format(Math.round(diff / ms), unit);
  }
  return iso;
}

/** The current time, refreshed every minute, so that "due in 5 minutes" does not go stale on screen. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
