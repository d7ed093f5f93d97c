import { z } from "zod";

/** Every error the API returns has this shape; `fields` names the inputs at fault. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** With `duplicate_report`: the open report that already covers this. */
    existing: z.object({ id: z.string(), reference: z.string(), url: z.string() }).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Keyset pagination: `cursor` is opaque; pass `nextCursor` back to get the following page. */
export const PageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof PageQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const Health = z.object({
  status: z.literal("ok"),
  database: z.enum(["sqlite", "postgres"]),
});
