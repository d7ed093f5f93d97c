import { z } from "zod";
import {
  type EventDataOf,
  type EventTypeOf,
  eventCatalog,
  type TypedEventOf,
} from "../../platform/db/event-catalog.ts";

const Standing = z.strictObject({ organisation: z.string().min(1), active: z.boolean() });
export type FlaggerStanding = z.infer<typeof Standing>;

/** What each trusted-flagger event records beside its type, actor and time: the stored `data_json`. */
export const TRUSTED_FLAGGER_EVENTS = {
  /** First designated (`from` null), or designated again after a revocation. */
  "trusted_flagger.designated": z.strictObject({
    from: Standing.extend({ active: z.literal(false) }).nullable(),
    to: Standing.extend({ active: z.literal(true) }),
  }),
  /** Still designated, under another organisation's name. */
  "trusted_flagger.changed": z.strictObject({
    from: Standing.extend({ active: z.literal(true) }),
    to: Standing.extend({ active: z.literal(true) }),
  }),
  "trusted_flagger.revoked": z.strictObject({
    from: Standing.extend({ active: z.literal(true) }),
    to: Standing.extend({ active: z.literal(false) }),
  }),
};

export const trustedFlaggerEvents = eventCatalog("trusted_flagger_events", TRUSTED_FLAGGER_EVENTS);

export type TrustedFlaggerEventType = EventTypeOf<typeof TRUSTED_FLAGGER_EVENTS>;
export type TrustedFlaggerEventData<T extends TrustedFlaggerEventType> = EventDataOf<
  typeof TRUSTED_FLAGGER_EVENTS,
  T
>;
export type TypedTrustedFlaggerEvent = TypedEventOf<typeof TRUSTED_FLAGGER_EVENTS>;
