import { RESPONSIVENESS_DAYS, type Responsiveness } from "../../../contracts/messages.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Db } from "../../platform/db/database.ts";
import { notFound } from "../../platform/http/errors.ts";
import type { MessagesRepository } from "./messages.repository.ts";

/** The middle value of a list (the mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How fast a store answers: over the threads buyers opened in the last 30 days, the median time from
 * the buyer's first message to the store's first reply, and how many were answered. Each thread keeps
 * its own first-reply time as the reply is written, so this is one range read of an index that holds
 * every column it needs.
 */
export function createResponsiveness(deps: { db: Db; clock: Clock; messages: MessagesRepository }) {
  return async function responsivenessOf(storeId: string): Promise<Responsiveness> {
    const store = await deps.messages.storeOf(deps.db, storeId);
    if (!store) throw notFound("This store");
    const since = new Date(deps.clock.now().getTime() - RESPONSIVENESS_DAYS * 86_400_000).toISOString();
    const times = await deps.messages.replyTimesSince(deps.db, storeId, since);
    const replied = times.filter((t): t is number => t !== null);
    const seconds = median(replied);
    return {
      storeId,
      medianReplyMinutes: seconds === null ? null : Math.round(seconds / 6) / 10,
      asked: times.length,
      replied: replied.length,
      days: RESPONSIVENESS_DAYS,
    };
  };
}
