import { z } from "zod";
import { type EventDataOf, type EventTypeOf, eventCatalog } from "../../platform/db/event-catalog.ts";

/** What each right event records beside its type, actor and time: the stored `data_json`. */
export const RIGHT_EVENTS = {
  "right.submitted": z.strictObject({}),
  "right.approved": z.strictObject({}),
  /** The reason is left out when the reviewer gave none. */
  "right.rejected": z.strictObject({ reason: z.string().min(1).optional() }),
};

export const rightEvents = eventCatalog("right_events", RIGHT_EVENTS);

export type RightEventType = EventTypeOf<typeof RIGHT_EVENTS>;
export type RightEventData<T extends RightEventType> = EventDataOf<typeof RIGHT_EVENTS, T>;
