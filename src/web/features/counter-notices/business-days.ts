/**
 * Business days skip Saturdays and Sundays, as the server counts them (public holidays are not counted);
 * a deadline ends at the same time of day as it started, on the n-th business day after.
 */
export function addBusinessDays(start: Date, days: number): Date {
  const result = new Date(start);
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return result;
}
