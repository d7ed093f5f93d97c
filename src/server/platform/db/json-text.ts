import { z } from "zod";

/** A text column that holds JSON: parsed, then checked against `schema`. */
export const jsonText = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text): unknown => JSON.parse(text))
    .pipe(schema);
