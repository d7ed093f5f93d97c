import { z } from "zod";

/** A module's event types, each with the schema of the data it carries. */
export type EventSchemas = Record<string, z.ZodType>;

export type EventTypeOf<S extends EventSchemas> = keyof S & string;

/** The data an event of type `T` carries, as its writer gives it. */
export type EventDataOf<S extends EventSchemas, T extends EventTypeOf<S>> = z.input<S[T]>;

/** One event as read back: its type, and the data that type declares (narrowed by `type`). */
export type TypedEventOf<S extends EventSchemas> = {
  [T in EventTypeOf<S>]: { type: T; data: z.output<S[T]> };
}[EventTypeOf<S>];

/**
 * The checked edge of an event table: data is refused on the way in unless it has the shape its type
 * declares, and parsed on the way out, so that a stored event always means what its type says. The
 * stored text is the writer's data as given (the schema only checks it), so that it reads as before.
 */
export function eventCatalog<const S extends EventSchemas>(table: string, schemas: S) {
  const types = Object.keys(schemas) as [EventTypeOf<S>, ...EventTypeOf<S>[]];
  const Type = z.enum(types);
  const schemaOf = (type: string) => {
    const schema = schemas[type];
    if (!schema) throw new Error(`${table}: unknown event type ${type}`);
    return schema;
  };
  return {
    Type,
    types,
    /** The JSON text to store for this event's data; throws when the data has another shape. */
    dataText<T extends EventTypeOf<S>>(type: T, data: EventDataOf<S, T>): string {
      schemaOf(type).parse(data);
      return JSON.stringify(data);
    },
    /** A stored row's type and data, parsed with the type's schema. */
    read(type: string, dataJson: string): TypedEventOf<S> {
      const known = Type.parse(type);
      return { type: known, data: schemaOf(known).parse(JSON.parse(dataJson)) } as TypedEventOf<S>;
    },
  };
}
