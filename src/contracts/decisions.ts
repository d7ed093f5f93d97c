import { z } from "zod";
import { DepartmentId, ReportTypeId } from "./report-types.ts";

/** EU/EEA countries as the Transparency Database names them (Greece is GR). */
export const EEA_COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LI",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "NO",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;
export const Territory = z.enum(EEA_COUNTRIES);

/** What a moderator may do to a listing, a store or a seller. */
export const EnforcementAction = z.discriminatedUnion("type", [
  z.object({ type: z.literal("remove_listing") }),
  /** Hides a reported message or rating; a decision on it takes no other action against a person. */
  z.object({ type: z.literal("hide_content") }),
  z.object({ type: z.literal("demote_listing"), days: z.number().int().min(1).max(365).optional() }),
  z.object({
    type: z.literal("restrict_listing"),
    territories: z.array(Territory).min(1, "Pick at least one country."),
    days: z.number().int().min(1).max(365).optional(),
  }),
  z.object({ type: z.literal("warn_seller") }),
  z.object({ type: z.literal("strike"), severity: z.enum(["general", "serious"]) }),
  z.object({ type: z.literal("freeze_store"), days: z.number().int().min(1).max(365) }),
  z.object({ type: z.literal("close_store") }),
  z.object({ type: z.literal("freeze_payouts"), days: z.number().int().min(1).max(365).optional() }),
]);
export type EnforcementAction = z.infer<typeof EnforcementAction>;
export type EnforcementType = EnforcementAction["type"];

export const NO_ACTION_REASONS = [
  "not_violation",
  "insufficient_evidence",
  "wrong_category",
  "duplicate",
  "target_gone",
] as const;
export const NoActionReason = z.enum(NO_ACTION_REASONS);
export type NoActionReason = z.infer<typeof NoActionReason>;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
// International (+49 …, 0049 …) or national (0…) numbers with at least 8 digits; registration numbers
// and legal references ("EU 018000001", "2019/1150") do not start so.
const PHONE = [
  /(?:^|[^\p{L}\p{N}])(?:\+|00)[1-9][\d\s()./-]{6,}\d/u,
  /(?:^|[^\p{L}\p{N}+])\(?0[1-9]\d{0,4}\)?[\s./-]\d[\d\s./-]{4,}\d/u,
  /(?:^|[^\p{L}\p{N}])0[1-9]\d{8,10}(?![\p{N}])/u,
];
const digitsIn = (s: string) => s.replace(/\D/g, "").length;

/** What personal contact detail the text holds, if any: a statement of reasons may hold none (DSA Art. 24(5)). */
export function personalContactIn(text: string): "email" | "phone" | null {
  if (EMAIL.test(text)) return "email";
  for (const pattern of PHONE) {
    const match = text.match(pattern);
    if (match && digitsIn(match[0]) >= 8) return "phone";
  }
  return null;
}

/** Free text that goes into the statement of reasons, which is published: no email address, no phone number. */
export const statementText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((text, ctx) => {
      const found = personalContactIn(text);
      if (found)
        ctx.addIssue({
          code: "custom",
          message: `Remove the ${found === "email" ? "email address" : "phone number"}: statements of reasons are published and may hold no personal data.`,
        });
    });

/** The legal basis of a restriction, as the DSA statement of reasons names it. */
export const DecisionGround = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("illegal_content"),
    legalGround: statementText(1, 500),
    explanation: statementText(1, 2000),
  }),
  z.object({
    kind: z.literal("incompatible_content"),
    termsSection: statementText(1, 500),
    explanation: statementText(1, 2000),
    alsoIllegal: z.boolean().optional(),
  }),
]);
export type DecisionGround = z.infer<typeof DecisionGround>;

export const DecideCase = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("action_taken"),
    /** The number of case events the moderator saw: a decision made on a stale view is refused. */
    seenEventCount: z.number().int().min(0),
    actions: z.array(EnforcementAction).min(1, "Choose at least one action."),
    ground: DecisionGround,
    /** The facts and circumstances, for the statement of reasons: no personal data. */
    facts: statementText(20, 5000),
    /** What reporters are told. */
    messageToReporters: z.string().trim().max(2000).optional(),
  }),
  z.object({
    outcome: z.literal("no_action"),
    seenEventCount: z.number().int().min(0),
    reason: NoActionReason,
    /** With wrong_category: the form the reporter should use instead. (To move a case to another
     * department instead of deciding it, use the reroute route.) */
    suggestedType: ReportTypeId.optional(),
    messageToReporters: z.string().trim().max(2000).optional(),
  }),
]);
export type DecideCase = z.infer<typeof DecideCase>;

/** The statement of reasons, exactly as the EU Transparency Database takes it (schema v2). */
export const StatementOfReasons = z.record(z.string(), z.unknown());
export type StatementOfReasons = Record<string, unknown>;

/** A decision without the view it was made on: what macros store and bulk decisions apply. */
export const DecisionTemplate = z.discriminatedUnion("outcome", [
  DecideCase.options[0].omit({ seenEventCount: true }),
  DecideCase.options[1].omit({ seenEventCount: true }),
]);
export type DecisionTemplate = z.infer<typeof DecisionTemplate>;

export const BulkDecision = z.object({
  cases: z
    .array(z.object({ caseId: z.string().min(1), seenEventCount: z.number().int().min(0) }))
    .min(1, "Select at least one case.")
    .max(100, "At most 100 cases at once."),
  decision: DecisionTemplate,
});

export const BulkDecisionResult = z.object({
  results: z.array(
    z.object({
      caseId: z.string(),
      ok: z.boolean(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  ),
});

export const Macro = z.object({
  id: z.string(),
  name: z.string(),
  department: DepartmentId.nullable(),
  decision: DecisionTemplate,
  createdAt: z.string(),
});
export type Macro = z.infer<typeof Macro>;

export const CreateMacro = z.object({
  name: z.string().trim().min(3, "Give the macro a name of at least 3 characters.").max(100),
  department: DepartmentId.nullable().default(null),
  decision: DecisionTemplate,
});
