import type { Clock } from "../src/server/platform/clock.ts";

/** A clock the test moves by hand. */
export function testClock(start = new Date("2026-11-26T09:00:00Z")) {
  let now = start;
  const clock: Clock & { set(d: Date): void; advanceHours(h: number): void } = {
    now: () => new Date(now),
    set: (d) => {
      now = d;
    },
    advanceHours: (h) => {
      now = new Date(now.getTime() + h * 3_600_000);
    },
  };
  return clock;
}
