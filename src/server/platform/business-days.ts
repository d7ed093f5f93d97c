/**
 * Business days skip Saturdays and Sundays (public holidays differ by country and are not counted).
 * Deadlines end at the same time of day as they started, on the n-th business day after.
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
