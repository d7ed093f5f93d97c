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

export const DesignateFlagger = z.object({
  email: z.email("Enter the email address of the organisation's account."),
  organisation: z.string().trim().min(2, "Name the organisation.").max(200),
});
