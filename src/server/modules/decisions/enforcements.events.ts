import { z } from "zod";
import { type EventDataOf, type EventTypeOf, eventCatalog } from "../../platform/db/event-catalog.ts";

/** What each enforcement event records beside its type, actor and time: the stored `data_json`. */
export const ENFORCEMENT_EVENTS = {
  /** Its end date came: the worker lifted it. */
  "enforcement.lifted": z.strictObject({
    from: z.literal("in_force"),
    to: z.literal("lifted"),
    endsAt: z.iso.datetime(),
  }),
  /** Its decision was reversed (appeal or counter-notice) while it was in force. */
  "enforcement.reversed": z.strictObject({ from: z.literal("in_force"), to: z.literal("reversed") }),
};

export const enforcementEvents = eventCatalog("enforcement_events", ENFORCEMENT_EVENTS);

export type EnforcementEventType = EventTypeOf<typeof ENFORCEMENT_EVENTS>;
export type EnforcementEventData<T extends EnforcementEventType> = EventDataOf<typeof ENFORCEMENT_EVENTS, T>;
