import { z } from "zod";

/** What an API key may do: each integration route names the one it needs. */
export const API_KEY_SCOPES = ["catalog:write", "orders:write", "decisions:read", "webhooks:manage"] as const;
export const ApiKeyScope = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof ApiKeyScope>;

export const IssueApiKey = z.object({
  name: z
    .string({ error: "Name the key after what uses it." })
    .trim()
    .min(3, "Name the key after what uses it, e.g. “Shop backend”.")
    .max(80, "Keep the name under 80 characters."),
  scopes: z
    .array(ApiKeyScope, { error: "Choose what the key may do." })
    .min(1, "Choose at least one thing the key may do.")
    .refine((scopes) => new Set(scopes).size === scopes.length, "Choose each scope once."),
});
export type IssueApiKey = z.infer<typeof IssueApiKey>;

/** A key as the console lists it: never its secret, only the prefix that tells keys apart. */
export const ApiKey = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(ApiKeyScope),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;

/** The answer to issuing a key: the secret, shown this once, and the key as listed. */
export const IssuedApiKey = z.object({ secret: z.string(), key: ApiKey });
export type IssuedApiKey = z.infer<typeof IssuedApiKey>;

/** A statement of reasons as the marketplace reads it, to apply the decision on its side. */
export const StatementFeedItem = z.object({
  puid: z.string(),
  caseId: z.string(),
  storeId: z.string(),
  createdAt: z.string(),
  reversedAt: z.string().nullable(),
  statement: z.record(z.string(), z.unknown()),
});
export type StatementFeedItem = z.infer<typeof StatementFeedItem>;
