import { z } from "zod";
import { ReportTypeId } from "./report-types.ts";

const Figures = z.object({
  decided: z.number().int(),
  upheld: z.number().int(),
  overturned: z.number().int(),
  /** Shares of decided reports, 0–1; null with nothing decided. */
  upheldShare: z.number().nullable(),
  overturnedShare: z.number().nullable(),
});

/** A reporter's own record over the last 3 months, and where it stands. */
export const MyAccuracy = z.object({
  since: z.string(),
  overall: Figures,
  byType: z.array(Figures.extend({ type: ReportTypeId })),
  fastLane: z.boolean(),
  trustedFlagger: z.string().nullable(),
  warned: z.boolean(),
  suspendedUntil: z.string().nullable(),
  /** My appeal of the current suspension, if any. */
  suspensionAppeal: z
    .object({ status: z.enum(["pending", "lifted", "kept"]), at: z.string(), reason: z.string().nullable() })
    .nullable(),
});
export type MyAccuracy = z.infer<typeof MyAccuracy>;

export const TrustedFlagger = z.object({
  userId: z.string(),
  organisation: z.string(),
  email: z.string(),
  name: z.string(),
  designatedAt: z.string(),
  revokedAt: z.string().nullable(),
});

/** A trusted flagger's designation as one change found and left it; null before the first one. */
export const FlaggerStanding = z.object({ organisation: z.string(), active: z.boolean() }).nullable();

/** One designation, change of organisation or revocation, in the account's history. */
export const TrustedFlaggerChange = z.object({
  type: z.enum(["trusted_flagger.designated", "trusted_flagger.changed", "trusted_flagger.revoked"]),
  from: FlaggerStanding,
  to: FlaggerStanding,
  by: z.object({ userId: z.string(), name: z.string() }).nullable(),
  at: z.string(),
});
export type TrustedFlaggerChange = z.infer<typeof TrustedFlaggerChange>;

export const DesignateFlagger = z.object({
  email: z.email("Enter the email address of the organisation's account."),
  organisation: z.string().trim().min(2, "Name the organisation.").max(200),
});

export const SuspensionAppeal = z.object({
  reporterKey: z.string(),
  email: z.string(),
  statement: z.string(),
  at: z.string(),
  suspendedUntil: z.string(),
});

export const DecideSuspensionAppeal = z.object({
  outcome: z.enum(["lift", "keep"]),
  reason: z.string().trim().min(20, "Give the reasons, in at least 20 characters.").max(2000),
});
