import { z } from "zod";
import { invalidInput } from "../http/errors.ts";

const NOT_OURS = "This cursor is not one this list gave out. Start again from the first page.";

/** A page of a keyset-paged list: its items, and the cursor of the page after it (null on the last). */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

export interface KeysetCursor<Key> {
  /** The opaque cursor that holds a row's sort key: base64url-encoded JSON. */
  encode(key: Key): string;
  /** The sort key a cursor holds, null without a cursor; a 400 on `cursor` for one this list did not make. */
  decode(cursor: string | undefined): Key | null;
  /** Takes `limit + 1` rows and says whether there is a next page, with its cursor. */
  page<Row, Item>(
    rows: Row[],
    limit: number,
    keyOf: (row: Row) => Key,
    toItem: (row: Row) => Item,
  ): Page<Item>;
}

/**
 * Keyset cursors for one list, their sort key described once as a Zod tuple: what `encode` takes and
 * `decode` gives back are the same typed tuple, so no list reads a cursor's parts by hand.
 */
export function keysetCursor<Shape extends z.ZodTuple>(shape: Shape): KeysetCursor<z.output<Shape>> {
  type Key = z.output<Shape>;
  const encode = (key: Key) => Buffer.from(JSON.stringify(key)).toString("base64url");

  function decode(cursor: string | undefined): Key | null {
    if (!cursor) return null;
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    } catch {
      throw invalidInput({ cursor: NOT_OURS });
    }
    const key = shape.safeParse(json);
    if (!key.success) throw invalidInput({ cursor: NOT_OURS });
    return key.data;
  }

  return {
    encode,
    decode,
    page(rows, limit, keyOf, toItem) {
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toItem),
        nextCursor: rows.length > limit && last ? encode(keyOf(last)) : null,
      };
    },
  };
}

/** Lists in the order of their ids (ascending or descending): the cursor is the last row's id. */
export const idCursor = keysetCursor(z.tuple([z.string().min(1)]));
