import { z } from "zod";
import { isCountryCode } from "./countries.ts";

export const MAX_HOLDER_DOCUMENTS = 5;
export const MAX_CERTIFICATES = 5;
export const MAX_RIGHT_FILE_BYTES = 5 * 1024 * 1024;
export const RIGHT_FILE_TYPES = ["PDF", "JPEG", "PNG", "WEBP"] as const;
/** The holder is mailed this many days before a verified right runs out. */
export const EXPIRY_WARNING_DAYS = 30;
export const NICE_CLASS_MIN = 1;
export const NICE_CLASS_MAX = 45;

/** A calendar date, YYYY-MM-DD, that exists (no 31 February). */
export const CalendarDate = z
  .string({ error: "Enter a date." })
  .min(1, "Enter a date.")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "This date does not exist.");

export const HolderKind = z.enum(["person", "company"], {
  error: "Choose whether you register as a person or as a company.",
});
export type HolderKind = z.infer<typeof HolderKind>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : undefined));

/** A member registering as a rights holder (the `holder` part of the multipart form, or the JSON body). */
export const CreateHolder = z.object({
  kind: HolderKind,
  legalName: z
    .string({ error: "Enter your legal name." })
    .trim()
    .min(2, "Enter your legal name.")
    .max(200, "At most 200 characters."),
  country: z
    .string({ error: "Choose a country." })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, "Choose a country from the list."),
  address: z
    .string({ error: "Enter your postal address." })
    .trim()
    .min(5, "Enter your full postal address.")
    .max(500, "At most 500 characters."),
  contactEmail: z.email("Enter a valid email address.").max(254),
  companyNumber: optionalText(100),
});
export type CreateHolder = z.input<typeof CreateHolder>;

export const HolderFile = z.object({
  id: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
});
export type HolderFile = z.infer<typeof HolderFile>;

export const Holder = z.object({
  id: z.string(),
  kind: HolderKind,
  legalName: z.string(),
  country: z.string(),
  address: z.string(),
  contactEmail: z.string(),
  companyNumber: z.string().nullable(),
  documents: z.array(HolderFile),
  createdAt: z.string(),
});
export type Holder = z.infer<typeof Holder>;

export const RightType = z.enum(["trademark", "copyright", "patent", "design"], {
  error: "Choose the type of right.",
});
export type RightType = z.infer<typeof RightType>;

export const RIGHT_TYPE_NAMES: Record<RightType, string> = {
  trademark: "Trademark",
  copyright: "Copyright",
  patent: "Patent",
  design: "Design",
};

/** An IP right added to the vault (the `right` part of the multipart form). */
export const CreateRight = z
  .object({
    type: RightType,
    registrationNumber: z
      .string({ error: "Enter the registration number." })
      .trim()
      .min(1, "Enter the registration number.")
      .max(100, "At most 100 characters."),
    office: z
      .string({ error: "Enter the office or jurisdiction." })
      .trim()
      .min(2, "Enter the office or jurisdiction.")
      .max(100, "At most 100 characters."),
    classes: z
      .array(
        z
          .number({ error: "Classes are whole numbers." })
          .int("Classes are whole numbers.")
          .min(NICE_CLASS_MIN, `Nice classes go from ${NICE_CLASS_MIN} to ${NICE_CLASS_MAX}.`)
          .max(NICE_CLASS_MAX, `Nice classes go from ${NICE_CLASS_MIN} to ${NICE_CLASS_MAX}.`),
      )
      .max(NICE_CLASS_MAX)
      .default([]),
    ownerName: z
      .string({ error: "Enter the owner of the right." })
      .trim()
      .min(2, "Enter the owner of the right.")
      .max(200, "At most 200 characters."),
    validFrom: CalendarDate,
    validTo: CalendarDate.optional(),
    actsAsAgent: z.boolean().default(false),
  })
  .superRefine((right, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (right.type === "trademark" && right.classes.length === 0)
      issue("classes", "Choose at least one Nice class of the trademark.");
    if (right.type !== "trademark" && right.classes.length > 0)
      issue("classes", "Classes are given for trademarks only.");
    if (new Set(right.classes).size !== right.classes.length) issue("classes", "A class is listed twice.");
    if (right.type !== "copyright" && !right.validTo)
      issue("validTo", "Enter the date the right ends (or must be renewed).");
    if (right.validTo && right.validTo <= right.validFrom)
      issue("validTo", "The end date must come after the start date.");
  });
export type CreateRight = z.input<typeof CreateRight>;

export const RightStatus = z.enum(["pending", "approved", "rejected"]);
export type RightStatus = z.infer<typeof RightStatus>;

/** Where the right stands in time, today: only a valid (or soon expiring) approved right may be used. */
export const RightValidity = z.enum(["not_yet_valid", "valid", "expiring_soon", "expired"]);
export type RightValidity = z.infer<typeof RightValidity>;

/** What an IP complaint needs to show of a right: the other side of `findUsableRight`. */
export const RightSummary = z.object({
  id: z.string(),
  type: RightType,
  registrationNumber: z.string(),
  office: z.string(),
  ownerName: z.string(),
  classes: z.array(z.number().int()),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type RightSummary = z.infer<typeof RightSummary>;

export const RightFile = HolderFile.extend({ kind: z.enum(["certificate", "authorisation"]) });
export type RightFile = z.infer<typeof RightFile>;

export const RightEvent = z.object({ type: z.string(), status: RightStatus, at: z.string() });

export const RightView = RightSummary.extend({
  actsAsAgent: z.boolean(),
  status: RightStatus,
  validity: RightValidity,
  /** Approved and valid today: the right may back an IP complaint. */
  usable: z.boolean(),
  rejectionReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  files: z.array(RightFile),
  timeline: z.array(RightEvent),
  createdAt: z.string(),
});
export type RightView = z.infer<typeof RightView>;

export const RightList = z.object({ items: z.array(RightView) });

export const RightQueueQuery = z.object({
  status: RightStatus.default("pending"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type RightQueueQuery = z.input<typeof RightQueueQuery>;

export const RightQueueItem = RightSummary.extend({
  status: RightStatus,
  actsAsAgent: z.boolean(),
  holder: z.object({ legalName: z.string(), kind: HolderKind, country: z.string() }),
  fileCount: z.number().int(),
  submittedAt: z.string(),
});
export type RightQueueItem = z.infer<typeof RightQueueItem>;

export const RightQueuePage = z.object({ items: z.array(RightQueueItem), nextCursor: z.string().nullable() });

const Download = { url: z.string() };

/** The review page: the right, the holder and every file, each with its (IP staff only) download link. */
export const RightReview = z.object({
  right: RightView.extend({ files: z.array(RightFile.extend(Download)) }),
  holder: Holder.extend({ documents: z.array(HolderFile.extend(Download)) }),
  reviewedBy: z.string().nullable(),
});
export type RightReview = z.infer<typeof RightReview>;

export const ReviewRight = z
  .object({
    decision: z.enum(["approved", "rejected"], { error: "Choose to approve or to reject." }),
    reason: z.string().trim().max(2000, "At most 2000 characters.").optional(),
  })
  .superRefine((review, ctx) => {
    if (review.decision === "rejected" && (review.reason ?? "").length < 10)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Say why in at least 10 characters: the holder reads it.",
      });
  });
export type ReviewRight = z.input<typeof ReviewRight>;
