import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../http/errors.ts";
import { idCursor, keysetCursor } from "./pagination.ts";

const queueCursor = keysetCursor(z.tuple([z.number().int(), z.string(), z.string()]));
const raw = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

function refusal(decode: () => unknown) {
  try {
    decode();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, fields: error.fields };
    throw error;
  }
  throw new Error("the cursor was taken");
}

describe("keyset cursors", () => {
  it("gives back the typed key it encoded", () => {
    const key: [number, string, string] = [3, "2026-12-01T09:00:00.000Z", "01JE0000000000000000000000"];
    expect(queueCursor.decode(queueCursor.encode(key))).toEqual(key);
    expect(idCursor.decode(idCursor.encode(["abc"]))).toEqual(["abc"]);
  });

  it("reads no cursor as the first page", () => {
    expect(idCursor.decode(undefined)).toBeNull();
    expect(idCursor.decode("")).toBeNull();
  });

  it("answers a field-level 400 for a cursor that was tampered with", () => {
    const cursor = queueCursor.encode([3, "2026-12-01T09:00:00.000Z", "x"]);
    for (const tampered of [`${cursor.slice(0, -3)}!!!`, "not-a-cursor", cursor.slice(1)]) {
      expect(refusal(() => queueCursor.decode(tampered))).toEqual({
        status: 400,
        code: "invalid_input",
        fields: { cursor: expect.any(String) },
      });
    }
  });

  it("refuses a cursor of another shape: another list's, too short, or with the wrong types", () => {
    for (const other of [raw(["abc"]), raw([3, "2026-12-01"]), raw(["3", "a", "b"]), raw({ id: "a" })]) {
      expect(refusal(() => queueCursor.decode(other)).fields).toHaveProperty("cursor");
    }
    expect(refusal(() => idCursor.decode(raw([42]))).fields).toHaveProperty("cursor");
    expect(refusal(() => idCursor.decode(raw([""]))).fields).toHaveProperty("cursor");
  });

  it("pages limit + 1 rows, with a cursor only when there is more", () => {
    const rows = [{ id: "a" }, { id: "b" }, { id: "c" }];
    const first = idCursor.page(
      rows,
      2,
      (r) => [r.id],
      (r) => r.id.toUpperCase(),
    );
    expect(first.items).toEqual(["A", "B"]);
    expect(idCursor.decode(first.nextCursor ?? undefined)).toEqual(["b"]);
    expect(
      idCursor.page(
        rows.slice(2),
        2,
        (r) => [r.id],
        (r) => r.id,
      ).nextCursor,
    ).toBeNull();
    expect(
      idCursor.page(
        [],
        2,
        (r: { id: string }) => [r.id],
        (r) => r,
      ).items,
    ).toEqual([]);
  });
});
