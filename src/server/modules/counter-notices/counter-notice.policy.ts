import {
  COUNTER_NOTICE_FIRST_DAYS,
  COUNTER_NOTICE_LATER_DAYS,
  COUNTER_NOTICE_MAX_ATTEMPTS,
} from "../../../contracts/counter-notices.ts";
import { addBusinessDays } from "../../platform/business-days.ts";

export type CounterNoticeRefusal = "too_many" | "too_late" | "pending" | null;

/**
 * May the seller file a counter-notice now? The first within 3 business days of being told of the
 * decision, the 2nd and 3rd within 27 business days; never while one is still being handled.
 */
export function counterNoticeRefusal(
  decidedAt: Date,
  now: Date,
  earlier: { status: string }[],
): CounterNoticeRefusal {
  if (earlier.some((c) => c.status !== "decided")) return "pending";
  if (earlier.length >= COUNTER_NOTICE_MAX_ATTEMPTS) return "too_many";
  const days = earlier.length === 0 ? COUNTER_NOTICE_FIRST_DAYS : COUNTER_NOTICE_LATER_DAYS;
  return now > addBusinessDays(decidedAt, days) ? "too_late" : null;
}
